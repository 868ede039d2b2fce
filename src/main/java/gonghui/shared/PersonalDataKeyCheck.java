package gonghui.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose personal-data keys are not the ones this database was written with — a lost key
 * file, a second node set up with freshly generated keys — because such a node could read none of the stored numbers
 * and would let every roster be imported a second time (its keyed hashes match nothing). The first start on an empty
 * database records what the keys look like.
 */
@Component
class PersonalDataKeyCheck {

    static final String PROBE = "gonghui personal-data key check";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyCheck.class);

    PersonalDataKeyCheck(JdbcClient jdbc, PersonalDataCipher cipher) {
        String fingerprint = cipher.hash(PROBE);
        if (recorded(jdbc).isEmpty()) {
            try {
                jdbc.sql("insert into personal_data_key_check (id, fingerprint, sealed_probe) values (1, :f, :p)")
                        .param("f", fingerprint)
                        .param("p", cipher.encrypt(PROBE))
                        .update();
                log.info("Recorded the fingerprint of the personal-data keys ({}…)", fingerprint.substring(0, 12));
                return;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // compare with what that node recorded
            }
        }
        Recorded recorded = recorded(jdbc).orElseThrow();
        if (!recorded.fingerprint().equals(fingerprint) || !opens(cipher, recorded.sealedProbe())) {
            throw new KeysDoNotMatchException(recorded.fingerprint().substring(0, 12), fingerprint.substring(0, 12));
        }
    }

    private static java.util.Optional<Recorded> recorded(JdbcClient jdbc) {
        return jdbc.sql("select fingerprint, sealed_probe from personal_data_key_check where id = 1")
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private record Recorded(String fingerprint, String sealedProbe) {}

    private static boolean opens(PersonalDataCipher cipher, String sealed) {
        try {
            return PROBE.equals(cipher.decrypt(sealed));
        } catch (RuntimeException wrongKey) {
            return false;
        }
    }

    /** The node's keys are not the database's: it must not start. */
    static final class KeysDoNotMatchException extends IllegalStateException {
        KeysDoNotMatchException(String expected, String found) {
            super("The personal-data keys of this node do not match the database (the database was written with keys"
                    + " of fingerprint " + expected + "…, this node has " + found + "…). Stored ID and mobile numbers"
                    + " could not be read and duplicates would not be found, so the node does not start. Configure the"
                    + " keys this database was written with (GONGHUI_SECURITY_DATA_KEY and GONGHUI_SECURITY_HASH_KEY, or"
                    + " the personal-data.keys file of the original data folder).");
        }
    }
}
