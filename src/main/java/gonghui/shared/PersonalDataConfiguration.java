package gonghui.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Provides the cipher for ID and mobile numbers. Keys come from configuration; when none are configured
 * they are generated once into the data folder, so a demo keeps working across restarts.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);
    private static final String KEY_FILE = "personal-data.keys";

    @Bean
    PersonalDataCipher personalDataCipher(
            @Value("${gonghui.security.data-key:}") String dataKey,
            @Value("${gonghui.security.hash-key:}") String hashKey,
            @Value("${gonghui.data-dir}") Path dataDir) {
        if (StringUtils.hasText(dataKey) && StringUtils.hasText(hashKey)) {
            return new PersonalDataCipher(decode(dataKey), decode(hashKey));
        }
        Properties keys = loadOrGenerate(dataDir.resolve(KEY_FILE));
        return new PersonalDataCipher(decode(keys.getProperty("data-key")), decode(keys.getProperty("hash-key")));
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("Personal-data keys must be Base64 of exactly 32 bytes");
        }
        return key;
    }

    private static Properties loadOrGenerate(Path file) {
        try {
            Properties keys = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    keys.load(in);
                }
                return keys;
            }
            Files.createDirectories(file.getParent());
            SecureRandom random = new SecureRandom();
            keys.setProperty("data-key", randomKey(random));
            keys.setProperty("hash-key", randomKey(random));
            try (var out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                keys.store(
                        out, "Gonghui personal-data keys: losing them makes stored ID and mobile numbers unreadable");
            }
            trySetOwnerOnly(file);
            log.warn("No personal-data keys configured: generated new ones in {}", file.toAbsolutePath());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create personal-data keys in " + file, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
