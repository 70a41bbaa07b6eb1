package io.lakegate.identity.internal;

import java.security.SecureRandom;
import java.util.Set;

import io.lakegate.identity.Directory;
import io.lakegate.platform.LakegateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start without demo data, creates the {@code admin} user in the admin team, with the password
 * of {@code lakegate.admin-password} or else a generated one printed once.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Directory directory;
    private final LakegateProperties properties;

    FirstAdmin(Directory directory, LakegateProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled() || directory.hasAnyUser()) {
            return;
        }
        if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
            directory.ensureUser("admin", "Administrator", null, properties.adminPassword(), Set.of(properties.adminTeam()));
            log.info("Created the first admin user 'admin' with the password from lakegate.admin-password");
            return;
        }
        String password = generatePassword();
        directory.ensureUser("admin", "Administrator", null, password, Set.of(properties.adminTeam()));
        String banner = """

                ==================================================================
                 Lakegate created the user 'admin' (team '%s').
                 Its password, shown only this once:  %s
                 Sign in: POST /api/v1/auth/token {"username":"admin","password":"…"}
                 Change it: PUT /api/v1/me/password
                ==================================================================
                """.formatted(properties.adminTeam(), password);
        System.out.println(banner);
        log.info("Created the first admin user 'admin'; its password was printed to standard output");
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
