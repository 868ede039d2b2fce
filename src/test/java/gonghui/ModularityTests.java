package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GonghuiApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        modules.forEach(module -> {
            String base = module.getBasePackage().getName();
            ApplicationModule declaration;
            try {
                declaration = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(base + " has no package-info.java with @ApplicationModule", e);
            }
            assertThat(declaration).as(base).isNotNull();
            if (declaration.type() != ApplicationModule.Type.OPEN) {
                assertThat(Arrays.asList(declaration.allowedDependencies()))
                        .as("allowedDependencies of " + base)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN);
            }
        });
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
