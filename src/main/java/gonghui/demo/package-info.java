/** Synthetic but realistic data for demonstrations and benchmarks; never used for real records. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package gonghui.demo;
