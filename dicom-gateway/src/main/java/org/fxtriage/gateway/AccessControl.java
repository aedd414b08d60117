package org.fxtriage.gateway;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's association acceptance rules (PS3.8 §7.1.1, Table 9-21 for reject reasons), kept
 * free of network types so they can be tested exhaustively: who may associate, which presentation
 * contexts we accept and with which transfer syntax.
 */
public final class AccessControl {

    /** Why a whole association is refused: all are rejected-permanent, source service-user. */
    public enum Refusal {
        /** PS3.8 Table 9-21 reason 2. */
        APPLICATION_CONTEXT_NOT_SUPPORTED(2),
        /** Reason 3: not on the calling-AE allow-list, or from an address not on the IP allow-list. */
        CALLING_AE_NOT_RECOGNIZED(3),
        /** Reason 7: the called AE is not ours. */
        CALLED_AE_NOT_RECOGNIZED(7);

        public final int reason;

        Refusal(int reason) {
            this.reason = reason;
        }
    }

    /** PS3.8 Table 9-18 presentation-context results. */
    public enum ContextResult {
        ACCEPTANCE(0), ABSTRACT_SYNTAX_NOT_SUPPORTED(3), TRANSFER_SYNTAXES_NOT_SUPPORTED(4);

        public final int code;

        ContextResult(int code) {
            this.code = code;
        }
    }

    /** The outcome for one proposed presentation context; {@code transferSyntax} is set when accepted. */
    public record ContextDecision(ContextResult result, String transferSyntax) {
    }

    public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";
    public static final String VERIFICATION = "1.2.840.10008.1.1";
    private static final List<String> VERIFICATION_SYNTAXES = List.of("1.2.840.10008.1.2.1", "1.2.840.10008.1.2");

    private final String aeTitle;
    private final Set<String> allowedCallingAeTitles;
    private final List<HostPattern> allowedHosts;
    private final Set<String> sopClasses;
    private final List<String> transferSyntaxes;

    public AccessControl(GatewayConfig config) {
        this.aeTitle = config.aeTitle();
        this.allowedCallingAeTitles = config.allowedCallingAeTitles();
        this.allowedHosts = config.allowedHosts().stream().map(HostPattern::parse).toList();
        this.sopClasses = Set.copyOf(config.sopClasses());
        this.transferSyntaxes = config.transferSyntaxes();
    }

    /** Empty when the association may proceed to presentation-context negotiation. */
    public Optional<Refusal> checkAssociation(String calledAe, String callingAe, InetAddress peer, String applicationContext) {
        if (!DICOM_APPLICATION_CONTEXT.equals(trimUid(applicationContext))) {
            return Optional.of(Refusal.APPLICATION_CONTEXT_NOT_SUPPORTED);
        }
        // AE titles: leading and trailing spaces are not significant (PS3.5 §6.2 AE), case is.
        if (calledAe == null || !aeTitle.equals(calledAe.strip())) {
            return Optional.of(Refusal.CALLED_AE_NOT_RECOGNIZED);
        }
        if (!allowedCallingAeTitles.isEmpty() && (callingAe == null || !allowedCallingAeTitles.contains(callingAe.strip()))) {
            return Optional.of(Refusal.CALLING_AE_NOT_RECOGNIZED);
        }
        if (!allowedHosts.isEmpty() && (peer == null || allowedHosts.stream().noneMatch(h -> h.matches(normalise(peer))))) {
            return Optional.of(Refusal.CALLING_AE_NOT_RECOGNIZED);
        }
        return Optional.empty();
    }

    /**
     * Decides one presentation context: our most preferred transfer syntax among those proposed
     * (PS3.8 §9.3.3.2: the acceptor picks exactly one of the proposed).
     */
    public ContextDecision negotiate(String abstractSyntax, List<String> proposedTransferSyntaxes) {
        String as = trimUid(abstractSyntax);
        List<String> ours;
        if (VERIFICATION.equals(as)) {
            ours = VERIFICATION_SYNTAXES;
        } else if (sopClasses.contains(as)) {
            ours = transferSyntaxes;
        } else {
            return new ContextDecision(ContextResult.ABSTRACT_SYNTAX_NOT_SUPPORTED, null);
        }
        List<String> proposed = proposedTransferSyntaxes.stream().map(AccessControl::trimUid).toList();
        for (String ts : ours) {
            if (proposed.contains(ts)) {
                return new ContextDecision(ContextResult.ACCEPTANCE, ts);
            }
        }
        return new ContextDecision(ContextResult.TRANSFER_SYNTAXES_NOT_SUPPORTED, null);
    }

    /** IPv4-mapped IPv6 peers (::ffff:a.b.c.d) compare as IPv4. */
    private static InetAddress normalise(InetAddress peer) {
        byte[] a = peer.getAddress();
        if (a.length == 16) {
            boolean mapped = a[10] == (byte) 0xff && a[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = a[i] == 0;
            }
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {a[12], a[13], a[14], a[15]});
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return peer;
    }

    private static String trimUid(String uid) {
        if (uid == null) {
            return "";
        }
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == 0 || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        return uid.substring(0, end);
    }
}
