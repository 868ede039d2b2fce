/** Value types and small infrastructure used by many modules: identifiers, pinyin, personal-data protection. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package gonghui.shared;
