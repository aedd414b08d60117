package org.fxtriage.dicom.net.ul;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.AReleaseRp;
import org.fxtriage.dicom.net.pdu.AReleaseRq;
import org.fxtriage.dicom.net.pdu.ApplicationContext;
import org.fxtriage.dicom.net.pdu.AsynchronousOperationsWindow;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.RoleSelection;
import org.fxtriage.dicom.net.pdu.UserIdentityRq;
import org.fxtriage.dicom.net.pdu.UserInformation;
import org.fxtriage.dicom.net.testing.ScriptedPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our {@link Association} on either side against a scripted raw-socket peer: negotiation, release (both
 * directions, with collisions: Sta7, Sta9-Sta12) and the abort paths of the requestor (Sta5, Sta7).
 */
class AssociationStateTest {
    static final String VERIFICATION = "1.2.840.10008.1.1";
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String IMPLICIT = "1.2.840.10008.1.2";
    static final Duration WAIT = Duration.ofSeconds(5);
    static final AssociationSettings SHORT = AssociationSettings.defaults().withArtimTimeout(Duration.ofMillis(800))
            .withDimseTimeout(Duration.ofMillis(800)).withIdleTimeout(Duration.ofMillis(1500));

    ServerSocket listener;
    ExecutorService executor;

    @BeforeEach
    void setUp() throws IOException {
        listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        executor = Executors.newCachedThreadPool();
    }

    @AfterEach
    void tearDown() throws Exception {
        listener.close();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    AssociationRequest request() {
        return new AssociationRequest(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), "OURS", "PEER",
                List.of(new PresentationContextRq(1, VERIFICATION, IMPLICIT), new PresentationContextRq(3, CR, IMPLICIT)));
    }

    static AAssociateAc ac(AAssociateRq rq, long maxLength) {
        return new AAssociateAc(1, rq.calledAeTitle(), rq.callingAeTitle(), ApplicationContext.DICOM,
                List.of(PresentationContextAc.accept(1, IMPLICIT), PresentationContextAc.refuse(3, PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED)),
                new UserInformation(maxLength, "1.2.3.4", "PEER"));
    }

    /** Our requestor, established against the scripted acceptor. */
    record Pair(Association ours, ScriptedPeer peer) {
    }

    Pair requestorEstablished() throws Exception {
        Future<Association> f = executor.submit(() -> Association.request(request(), SHORT));
        ScriptedPeer peer = new ScriptedPeer(listener.accept());
        AAssociateRq rq = peer.expect(AAssociateRq.class, WAIT);
        peer.send(ac(rq, 16384));
        Association ours = f.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA6, ours.state());
        return new Pair(ours, peer);
    }

    @Test
    void requestorNegotiatesContextsAndMaxLength() throws Exception {
        Pair p = requestorEstablished();
        assertEquals(List.of(new NegotiatedContext(1, VERIFICATION, IMPLICIT)), p.ours().contexts());
        assertEquals(16384, p.ours().peerMaxPduLength());
        assertEquals(16384 - 6, p.ours().maxPdvDataLength());
        p.ours().abort();
        p.peer().expect(AAbort.class, WAIT);
        p.peer().close();
    }

    @Test
    void requestorRelease() throws Exception {
        Pair p = requestorEstablished();
        Future<?> release = executor.submit(() -> {
            p.ours().release();
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().send(new AReleaseRp());
        release.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA1, p.ours().state());
        p.peer().expectClosedWithoutPdu(WAIT); // AR-3 closes the transport
    }

    @Test
    void sta7DataAfterOurReleaseRequestIsIgnored() throws Exception {
        Pair p = requestorEstablished();
        Future<?> release = executor.submit(() -> {
            p.ours().release();
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().send(ScriptedPeer.pdata(1, true, true, new byte[]{1, 2}));  // AR-6
        p.peer().send(new AReleaseRp());
        release.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA1, p.ours().state());
    }

    @Test
    void releaseCollisionOnTheRequestorSide() throws Exception {
        Pair p = requestorEstablished();
        Future<?> release = executor.submit(() -> {
            p.ours().release();
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().send(new AReleaseRq());        // AR-8 → Sta9, then AR-9 sends A-RELEASE-RP → Sta11
        p.peer().expect(AReleaseRp.class, WAIT);
        p.peer().send(new AReleaseRp());        // AR-3 → Sta1
        release.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA1, p.ours().state());
    }

    @Test
    void sta7UnexpectedPduAborts() throws Exception {
        Pair p = requestorEstablished();
        Future<?> release = executor.submit(() -> {
            p.ours().release();
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().send(ac(ScriptedPeer.rq("A", "B", new PresentationContextRq(1, VERIFICATION, IMPLICIT)), 0));
        p.peer().expectAbortThenClose(AAbort.SOURCE_SERVICE_PROVIDER, AAbort.UNEXPECTED_PDU, WAIT); // AA-8
        Exception e = assertThrows(Exception.class, () -> release.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof AssociationAbortedException, e.toString());
    }

    @Test
    void sta7SilentPeerIsAbortedAfterTheTimeout() throws Exception {
        Pair p = requestorEstablished();
        Future<?> release = executor.submit(() -> {
            p.ours().release();
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().expectAbortThenClose(AAbort.SOURCE_SERVICE_USER, 0, WAIT);
        Exception e = assertThrows(Exception.class, () -> release.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof AssociationAbortedException, e.toString());
        assertEquals(State.STA1, p.ours().state());
    }

    @Test
    void sta5RejectionIsReported() throws Exception {
        Future<Association> f = executor.submit(() -> Association.request(request(), SHORT));
        try (ScriptedPeer peer = new ScriptedPeer(listener.accept())) {
            peer.expect(AAssociateRq.class, WAIT);
            peer.send(AAssociateRj.permanent(AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED));
            Exception e = assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS));
            AssociationRejectedException r = (AssociationRejectedException) e.getCause();
            assertEquals(AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED, r.rejection().namedReason());
            peer.expectClosedWithoutPdu(WAIT); // AE-4 closes the transport
        }
    }

    @Test
    void sta5UnexpectedPduAndAbort() throws Exception {
        Future<Association> f = executor.submit(() -> Association.request(request(), SHORT));
        try (ScriptedPeer peer = new ScriptedPeer(listener.accept())) {
            peer.expect(AAssociateRq.class, WAIT);
            peer.send(new AReleaseRq());
            peer.expectAbortThenClose(AAbort.SOURCE_SERVICE_PROVIDER, AAbort.UNEXPECTED_PDU, WAIT);
            assertTrue(assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS)).getCause() instanceof AssociationAbortedException);
        }
        Future<Association> g = executor.submit(() -> Association.request(request(), SHORT));
        try (ScriptedPeer peer = new ScriptedPeer(listener.accept())) {
            peer.expect(AAssociateRq.class, WAIT);
            peer.send(AAbort.byServiceProvider(AAbort.REASON_NOT_SPECIFIED));
            AssociationAbortedException e = (AssociationAbortedException) assertThrows(Exception.class, () -> g.get(5, TimeUnit.SECONDS)).getCause();
            assertEquals(AAbort.SOURCE_SERVICE_PROVIDER, e.abort().source());
        }
    }

    // ------------------------------------------------------------------------------------------ acceptor side

    /** Our acceptor with a scripted requestor. */
    Pair acceptorEstablished(AAssociateRq rq, AssociationPolicy policy) throws Exception {
        Future<Association> f = executor.submit(() -> Association.accept(listener.accept(), SHORT, policy));
        ScriptedPeer peer = ScriptedPeer.connect(listener.getLocalPort());
        AAssociateAc ac = peer.associate(rq);
        assertNotNull(ac);
        return new Pair(f.get(5, TimeUnit.SECONDS), peer);
    }

    static AssociationPolicy verificationOnly() {
        return StandardAssociationPolicy.builder().abstractSyntax(VERIFICATION, IMPLICIT).build();
    }

    @Test
    void acceptorAnswersAsyncWindowRolesAndIdentity() throws Exception {
        UserInformation ui = new UserInformation(0, "1.2.3.4", "SCRIPTED")
                .withAsynchronousOperationsWindow(new AsynchronousOperationsWindow(5, 5))
                .withRoleSelections(List.of(new RoleSelection(VERIFICATION, true, true)))
                .withUserIdentityRq(UserIdentityRq.usernameAndPasscode("alice", "right", true));
        AAssociateRq rq = new AAssociateRq("US", "THEM", List.of(new PresentationContextRq(1, VERIFICATION, IMPLICIT),
                new PresentationContextRq(3, CR, IMPLICIT), new PresentationContextRq(5, VERIFICATION, "1.2.840.10008.1.2.2")), ui);
        AssociationPolicy policy = StandardAssociationPolicy.builder().abstractSyntax(VERIFICATION, IMPLICIT)
                .userIdentity((id, peer) -> id.username().equals("alice") && id.passcode().equals("right"), true).build();
        Future<Association> f = executor.submit(() -> Association.accept(listener.accept(), SHORT, policy));
        try (ScriptedPeer peer = ScriptedPeer.connect(listener.getLocalPort())) {
            AAssociateAc ac = peer.associate(rq);
            assertEquals(AsynchronousOperationsWindow.SYNCHRONOUS, ac.userInformation().asynchronousOperationsWindow());
            assertEquals(List.of(new RoleSelection(VERIFICATION, true, false)), ac.userInformation().roleSelections());
            assertNotNull(ac.userInformation().userIdentityAc());
            assertEquals(0, ac.userInformation().userIdentityAc().serverResponse().length);
            assertEquals(org.fxtriage.dicom.net.ul.Implementation.CLASS_UID, ac.userInformation().implementationClassUid());
            assertEquals("FXTRIAGE_010", ac.userInformation().implementationVersionName());
            assertEquals(AssociationSettings.DEFAULT_MAX_PDU_LENGTH, ac.userInformation().maximumLength());
            assertEquals(PresentationContextAc.Result.ACCEPTANCE, ac.presentationContext(1).orElseThrow().result());
            assertEquals(PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, ac.presentationContext(3).orElseThrow().result());
            assertEquals(PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED, ac.presentationContext(5).orElseThrow().result());
            Association ours = f.get(5, TimeUnit.SECONDS);
            assertEquals(0, ours.peerMaxPduLength(), "peer said unlimited");
            assertEquals(SHORT.maxSendPduLength() - 6, ours.maxPdvDataLength(), "unlimited is capped by our send limit");
            ours.abort();
        }
    }

    @Test
    void wrongPasscodeAndMissingIdentityAreRejected() throws Exception {
        AssociationPolicy policy = StandardAssociationPolicy.builder().abstractSyntax(VERIFICATION, IMPLICIT)
                .userIdentity((id, peer) -> id.passcode().equals("right"), true).build();
        for (UserIdentityRq identity : new UserIdentityRq[]{UserIdentityRq.usernameAndPasscode("alice", "wrong", false), null}) {
            Future<Association> f = executor.submit(() -> Association.accept(listener.accept(), SHORT, policy));
            try (ScriptedPeer peer = ScriptedPeer.connect(listener.getLocalPort())) {
                AAssociateRq rq = ScriptedPeer.rq("THEM", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT));
                peer.send(new AAssociateRq(rq.calledAeTitle(), rq.callingAeTitle(), rq.presentationContexts(),
                        rq.userInformation().withUserIdentityRq(identity)));
                AAssociateRj rj = peer.expect(AAssociateRj.class, WAIT);
                assertEquals(AAssociateRj.permanent(AAssociateRj.Reason.USER_NO_REASON_GIVEN), rj);
                assertTrue(assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS)).getCause() instanceof AssociationRejectedException);
            }
        }
    }

    @Test
    void callingAeNotOnTheAllowListIsRejected() throws Exception {
        AssociationPolicy policy = StandardAssociationPolicy.builder().callingAeTitles("PACS").abstractSyntax(VERIFICATION, IMPLICIT).build();
        Future<Association> f = executor.submit(() -> Association.accept(listener.accept(), SHORT, policy));
        try (ScriptedPeer peer = ScriptedPeer.connect(listener.getLocalPort())) {
            peer.send(ScriptedPeer.rq("INTRUDER", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT)));
            assertEquals(AAssociateRj.permanent(AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED), peer.expect(AAssociateRj.class, WAIT));
        }
        assertTrue(assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS)).getCause() instanceof AssociationRejectedException);
    }

    @Test
    void protocolVersionWithoutBitZeroIsRejectedByTheProvider() throws Exception {
        Future<Association> f = executor.submit(() -> Association.accept(listener.accept(), SHORT, verificationOnly()));
        try (ScriptedPeer peer = ScriptedPeer.connect(listener.getLocalPort())) {
            AAssociateRq rq = ScriptedPeer.rq("THEM", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT));
            peer.send(new AAssociateRq(2, rq.calledAeTitle(), rq.callingAeTitle(), rq.applicationContext(), rq.presentationContexts(), rq.userInformation()));
            assertEquals(AAssociateRj.permanent(AAssociateRj.Reason.PROTOCOL_VERSION_NOT_SUPPORTED), peer.expect(AAssociateRj.class, WAIT));
        }
        assertTrue(assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS)).getCause() instanceof AssociationRejectedException);
    }

    @Test
    void acceptorAnswersPeerRelease() throws Exception {
        Pair p = acceptorEstablished(ScriptedPeer.rq("THEM", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT)), verificationOnly());
        Future<?> serve = executor.submit(() -> {
            assertNull(p.ours().receivePdv(2000, "test"));   // AR-2 → Sta8
            assertEquals(State.STA8, p.ours().state());
            p.ours().sendReleaseResponse();                   // AR-4 → Sta13, waits for close
            return null;
        });
        p.peer().send(new AReleaseRq());
        p.peer().expect(AReleaseRp.class, WAIT);
        p.peer().close();                                     // AR-5
        serve.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA1, p.ours().state());
    }

    @Test
    void releaseCollisionOnTheAcceptorSide() throws Exception {
        Pair p = acceptorEstablished(ScriptedPeer.rq("THEM", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT)), verificationOnly());
        Future<?> release = executor.submit(() -> {
            p.ours().release();                               // AR-1 → Sta7
            return null;
        });
        p.peer().expect(AReleaseRq.class, WAIT);
        p.peer().send(new AReleaseRq());                      // AR-8 → Sta10 (acceptor)
        p.peer().send(new AReleaseRp());                      // AR-10 → Sta12, then AR-4 sends A-RELEASE-RP → Sta13
        p.peer().expect(AReleaseRp.class, WAIT);
        p.peer().close();
        release.get(5, TimeUnit.SECONDS);
        assertEquals(State.STA1, p.ours().state());
    }

    @Test
    void abortFromAnotherThreadWakesTheReader() throws Exception {
        Pair p = acceptorEstablished(ScriptedPeer.rq("THEM", "US", new PresentationContextRq(1, VERIFICATION, IMPLICIT)), verificationOnly());
        Future<?> reader = executor.submit(() -> p.ours().receivePdv(10_000, "test"));
        Thread.sleep(100);
        p.ours().abort();
        p.peer().expect(AAbort.class, WAIT);
        p.peer().close();
        Exception e = assertThrows(Exception.class, () -> reader.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof AssociationAbortedException, e.toString());
    }
}
