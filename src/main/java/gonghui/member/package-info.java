/** Members and their one lifelong membership record: join, transfer, retain, withdraw, with history. */
@org.springframework.modulith.ApplicationModule
package gonghui.member;
