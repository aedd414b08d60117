package org.fxtriage.service.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password (DESIGN §7): when the database has no user, creates {@code admin} (role ADMIN) with
 * {@code FXTRIAGE_ADMIN_PASSWORD} ({@code fxtriage.admin-password}) when set, else with a random password
 * that is printed once to stdout — never to the log, which may be shipped elsewhere.
 */
@Singleton
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    public static final String ADMIN = "admin";

    private final AccountStore accounts;
    private final String configured;
    private final PrintStream console;

    public AdminBootstrap(AccountStore accounts, @Value("${fxtriage.admin-password:}") String configured) {
        this.accounts = accounts;
        this.configured = configured;
        this.console = System.out;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (accounts.userCount() > 0) {
            return;
        }
        boolean random = configured == null || configured.isBlank();
        String password = random ? randomPassword() : configured;
        accounts.createUser(ADMIN, password, List.of(Roles.ADMIN));
        if (random) {
            console.println("fxtriage: created user 'admin' with password " + password
                    + " (shown once; set FXTRIAGE_ADMIN_PASSWORD to choose it)");
            console.flush();
            log.info("created user 'admin' with a random password (printed to stdout, not logged)");
        } else {
            log.info("created user 'admin' with the password from FXTRIAGE_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
