/**
 * Value types used by many modules: identifiers (resident ID number, credit code, mobile number), pinyin keys and
 * the cipher that protects personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types")
package gonghui.shared;
