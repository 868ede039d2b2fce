package gonghui.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of every module: {@code messages.properties} (the shell) and each module's own
 * {@code i18n/<module>.properties} with its {@code _en} twin, found on the classpath, so a new module adds its bundle
 * without editing a central list. Simplified Chinese is the default; English is complete.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code messages} and {@code i18n/<module>} for every module bundle (locale variants have an underscore). */
    static List<String> basenames() {
        List<String> basenames = new ArrayList<>(List.of("messages"));
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
                String name = Objects.requireNonNull(bundle.getFilename()).replace(".properties", "");
                if (!name.contains("_") && !basenames.contains("i18n/" + name)) {
                    basenames.add("i18n/" + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return basenames;
    }
}
