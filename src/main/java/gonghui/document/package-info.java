/**
 * Files and documents: sealed file storage, attachments of other modules' records, the PDF renderer with the CJK font
 * that ships with the product, and the one streamed Excel export path.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "account", "shared", "web"})
package gonghui.document;
