package org.fxtriage.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** No default password: the first admin's password is printed once (never logged), or taken from configuration. */
class AdminBootstrapTest {
    private static final Pattern PRINTED = Pattern.compile("user 'admin' with password (\\S+)");

    private record Run(String stdout, String log, boolean verifies) {
    }

    /** Starts the service's beans (no HTTP, DICOM, model) on {@code dataDir}, capturing stdout and the log. */
    private static Run start(Path dataDir, String configured, String tryPassword) {
        Map<String, Object> p = new HashMap<>();
        p.put("fxtriage.data-dir", dataDir.toString());
        p.put("fxtriage.dicom.enabled", false);
        p.put("fxtriage.jobs.enabled", false);
        p.put("fxtriage.model.enabled", false);
        if (configured != null) {
            p.put("fxtriage.admin-password", configured);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try (ApplicationContext ctx = ApplicationContext.run(p)) {
                String stdout = out.toString(StandardCharsets.UTF_8);
                String password = tryPassword;
                Matcher m = PRINTED.matcher(stdout);
                if (password == null && m.find()) {
                    password = m.group(1);
                }
                boolean ok = password != null && ctx.getBean(AccountStore.class).verifyPassword("admin", password).isPresent();
                StringBuilder logged = new StringBuilder();
                for (ILoggingEvent e : log.list) {
                    logged.append(e.getFormattedMessage()).append('\n');
                }
                return new Run(stdout, logged.toString(), ok);
            }
        } finally {
            System.setOut(original);
            root.detachAppender(log);
        }
    }

    @Test
    void randomPasswordPrintedOnceToStdoutNeverLogged(@TempDir Path data) {
        Run first = start(data, null, null);
        Matcher m = PRINTED.matcher(first.stdout());
        assertTrue(m.find(), "printed at first start: " + first.stdout());
        String password = m.group(1);
        assertTrue(password.length() >= 20, "random password of 18 random bytes");
        assertFalse(m.find(), "printed once");
        assertTrue(first.verifies(), "the printed password logs in");
        assertTrue(first.log().contains("created user 'admin'"), first.log());
        assertFalse(first.log().contains(password), "the password is never logged");

        Run second = start(data, null, password);
        assertFalse(second.stdout().contains("password"), "not printed again: " + second.stdout());
        assertTrue(second.verifies(), "still the same password after a restart");
    }

    @Test
    void configuredPasswordIsUsedAndNotPrinted(@TempDir Path data) {
        Run run = start(data, "chosen-by-the-admin-1", "chosen-by-the-admin-1");
        assertTrue(run.verifies());
        assertFalse(run.stdout().contains("chosen-by-the-admin-1"));
        assertFalse(run.log().contains("chosen-by-the-admin-1"));
        assertEquals("", run.stdout().strip(), "nothing on stdout");
    }
}
