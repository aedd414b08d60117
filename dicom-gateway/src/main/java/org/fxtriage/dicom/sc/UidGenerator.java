package org.fxtriage.dicom.sc;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.fxtriage.dicom.data.UID;

/**
 * Makes new UIDs (PS3.5 §9) under a configurable root: {@code root + "." + suffix}, where the suffix is
 * a random 122-bit UUID read as an unsigned decimal and cut to the digits that fit in 64 characters.
 *
 * <p>The default root "2.25" is the UUID-derived arc of PS3.5 §B.2 (no registration needed). An
 * organisation's own root must leave room for at least {@value #MIN_SUFFIX_DIGITS} suffix digits
 * (about 63 random bits), so collisions stay negligible. Thread-safe.
 */
public final class UidGenerator {
    /** The UUID-derived root of PS3.5 §B.2. */
    public static final String UUID_ROOT = "2.25";
    static final int MIN_SUFFIX_DIGITS = 19;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String root;
    private final int maxSuffixDigits;
    private final BigInteger modulus;

    /**
     * @throws IllegalArgumentException when {@code root} is not a valid UID or too long to leave
     *     {@value #MIN_SUFFIX_DIGITS} digits for the suffix
     */
    public UidGenerator(String root) {
        Objects.requireNonNull(root, "root");
        if (!UID.isValid(root)) {
            throw new IllegalArgumentException("UID root is not a valid UID (digits and dots, no leading zeros): " + root);
        }
        int room = 64 - root.length() - 1;
        if (room < MIN_SUFFIX_DIGITS) {
            throw new IllegalArgumentException("UID root is " + root.length() + " characters; at most "
                    + (64 - 1 - MIN_SUFFIX_DIGITS) + " leave room for a unique suffix");
        }
        this.root = root;
        this.maxSuffixDigits = Math.min(room, 39);
        this.modulus = BigInteger.TEN.pow(maxSuffixDigits);
    }

    /** A generator under the UUID root "2.25". */
    public static UidGenerator uuidBased() {
        return new UidGenerator(UUID_ROOT);
    }

    public String root() {
        return root;
    }

    /** A new UID, unique with overwhelming probability; always valid and at most 64 characters. */
    public String next() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        // A version 4, variant 1 UUID (RFC 4122 §4.4), as PS3.5 §B.2 expects under 2.25.
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        // At most 39 decimal digits; a longer root keeps the least significant digits that fit.
        // BigInteger.toString never has a leading zero, so the component stays valid.
        return root + "." + new BigInteger(1, b).mod(modulus);
    }

    @Override
    public String toString() {
        return "UidGenerator[" + root + "]";
    }
}
