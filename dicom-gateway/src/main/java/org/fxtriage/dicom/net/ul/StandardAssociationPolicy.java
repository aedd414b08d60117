package org.fxtriage.dicom.net.ul;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.UserIdentityAc;
import org.fxtriage.dicom.net.pdu.UserIdentityRq;

/**
 * The usual acceptor rules: called AE title must be ours, calling AE title must be on the allow-list (if one is
 * set), optional user identity check, and per presentation context the first of our transfer syntaxes (in our
 * order of preference) that the requestor proposed.
 */
public final class StandardAssociationPolicy implements AssociationPolicy {
    private final Set<String> calledAeTitles;
    private final Set<String> callingAeTitles;
    private final Map<String, List<String>> syntaxes;
    private final UserIdentityVerifier verifier;
    private final boolean identityRequired;

    private StandardAssociationPolicy(Builder b) {
        this.calledAeTitles = Set.copyOf(b.calledAeTitles);
        this.callingAeTitles = b.callingAeTitles == null ? null : Set.copyOf(b.callingAeTitles);
        this.syntaxes = Map.copyOf(b.syntaxes);
        this.verifier = b.verifier;
        this.identityRequired = b.identityRequired;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AssociationDecision decide(AAssociateRq rq, InetSocketAddress peer) {
        if (!calledAeTitles.isEmpty() && !calledAeTitles.contains(rq.calledAeTitle())) {
            return AssociationDecision.rejectPermanent(AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED);
        }
        if (callingAeTitles != null && !callingAeTitles.contains(rq.callingAeTitle())) {
            return AssociationDecision.rejectPermanent(AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED);
        }
        UserIdentityAc identityAnswer = null;
        UserIdentityRq identity = rq.userInformation().userIdentityRq();
        if (verifier != null) {
            if (identity == null) {
                if (identityRequired) {
                    return AssociationDecision.rejectPermanent(AAssociateRj.Reason.USER_NO_REASON_GIVEN);
                }
            } else if (!verifier.verify(identity, peer)) {
                // PS3.7 §D.3.3.7: an identity that is not accepted rejects the association
                return AssociationDecision.rejectPermanent(AAssociateRj.Reason.USER_NO_REASON_GIVEN);
            } else if (identity.positiveResponseRequested()) {
                // username types: the server response is empty (PS3.7 §D.3.3.7.2)
                identityAnswer = new UserIdentityAc(new byte[0]);
            }
        }
        List<PresentationContextAc> results = new ArrayList<>();
        for (PresentationContextRq pc : rq.presentationContexts()) {
            results.add(negotiate(pc, syntaxes));
        }
        return new AssociationDecision.Accept(results, identityAnswer);
    }

    /** One context: abstract syntax known? then our first preferred transfer syntax among those proposed. */
    public static PresentationContextAc negotiate(PresentationContextRq pc, Map<String, List<String>> supported) {
        List<String> ours = supported.get(pc.abstractSyntax());
        if (ours == null) {
            return PresentationContextAc.refuse(pc.id(), PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED);
        }
        for (String ts : ours) {
            if (pc.transferSyntaxes().contains(ts)) {
                return PresentationContextAc.accept(pc.id(), ts);
            }
        }
        return PresentationContextAc.refuse(pc.id(), PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED);
    }

    public static final class Builder {
        private final Set<String> calledAeTitles = new LinkedHashSet<>();
        private Set<String> callingAeTitles;
        private final Map<String, List<String>> syntaxes = new LinkedHashMap<>();
        private UserIdentityVerifier verifier;
        private boolean identityRequired;

        /** Our AE titles; none set = accept any called AE title. */
        public Builder calledAeTitles(String... titles) {
            calledAeTitles.addAll(List.of(titles));
            return this;
        }

        /** Calling AE allow-list; never called = any calling AE title. */
        public Builder callingAeTitles(String... titles) {
            if (callingAeTitles == null) {
                callingAeTitles = new LinkedHashSet<>();
            }
            callingAeTitles.addAll(List.of(titles));
            return this;
        }

        /** An abstract syntax we accept, with our transfer syntaxes in order of preference. */
        public Builder abstractSyntax(String abstractSyntax, String... transferSyntaxes) {
            return abstractSyntax(abstractSyntax, List.of(transferSyntaxes));
        }

        public Builder abstractSyntax(String abstractSyntax, List<String> transferSyntaxes) {
            if (transferSyntaxes.isEmpty()) {
                throw new IllegalArgumentException("at least one transfer syntax for " + abstractSyntax);
            }
            syntaxes.put(abstractSyntax, List.copyOf(transferSyntaxes));
            return this;
        }

        /** Checks user identities with {@code verifier}; {@code required}: reject requests that carry none. */
        public Builder userIdentity(UserIdentityVerifier verifier, boolean required) {
            this.verifier = verifier;
            this.identityRequired = required;
            return this;
        }

        public StandardAssociationPolicy build() {
            return new StandardAssociationPolicy(this);
        }
    }
}
