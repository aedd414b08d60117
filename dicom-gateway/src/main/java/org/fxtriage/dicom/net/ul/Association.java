package org.fxtriage.dicom.net.ul;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.AReleaseRp;
import org.fxtriage.dicom.net.pdu.AReleaseRq;
import org.fxtriage.dicom.net.pdu.ApplicationContext;
import org.fxtriage.dicom.net.pdu.AsynchronousOperationsWindow;
import org.fxtriage.dicom.net.pdu.PDataTf;
import org.fxtriage.dicom.net.pdu.Pdu;
import org.fxtriage.dicom.net.pdu.PduCodec;
import org.fxtriage.dicom.net.pdu.PduFormatException;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.PresentationDataValue;
import org.fxtriage.dicom.net.pdu.RoleSelection;
import org.fxtriage.dicom.net.pdu.UserInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.fxtriage.dicom.net.ul.Action.*;
import static org.fxtriage.dicom.net.ul.Event.*;
import static org.fxtriage.dicom.net.ul.State.*;

/**
 * One DICOM association over one TCP connection, for either side (PS3.8 §9.2). Every received PDU and every
 * local primitive goes through {@link TransitionTable}; the action found there is executed here.
 *
 * <p>Threading: one thread uses an association (reads and writes); {@link #abort()} and {@link #close()}
 * may be called from any thread. Reads are bounded by deadlines (ARTIM, idle, DIMSE timeouts), writes by a
 * watchdog that closes the socket when a write blocks longer than the DIMSE timeout.
 */
public final class Association implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Association.class);
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final ScheduledThreadPoolExecutor WATCHDOG = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "dicom-ul-watchdog");
        t.setDaemon(true);
        return t;
    });

    static {
        WATCHDOG.setRemoveOnCancelPolicy(true);
    }

    private final Socket socket;
    private final DeadlineInputStream in;
    private final OutputStream out;
    private final boolean requestor;
    private final AssociationSettings settings;
    private final StateMachine fsm;
    private final long serial;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<PresentationDataValue> received = new ArrayDeque<>();
    private final Map<Integer, NegotiatedContext> contexts = new LinkedHashMap<>();
    private String name;
    private AAssociateRq rq;
    private AAssociateAc ac;
    private long peerMaxPduLength;
    /** After a malformed PDU the byte stream has lost its framing: only raw draining makes sense. */
    private boolean desynchronized;
    private volatile String abortCause;

    private Association(Socket socket, AssociationSettings settings, boolean requestor, StateMachine fsm, long serial) throws IOException {
        this.socket = socket;
        this.settings = settings;
        this.requestor = requestor;
        this.fsm = fsm;
        this.serial = serial;
        this.name = "assoc#" + serial;
        socket.setTcpNoDelay(true);
        this.in = new DeadlineInputStream(socket, new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    // =====================================================================================  acceptor

    /**
     * Runs the acceptor side on an accepted socket up to an established association (Sta6): waits for the
     * A-ASSOCIATE-RQ under ARTIM, checks the application context, asks the policy, answers AC or RJ.
     *
     * @throws AssociationRejectedException when the policy (or the application context check) rejected it
     * @throws AssociationAbortedException   when the peer misbehaved, timed out or closed the connection
     */
    public static Association accept(Socket socket, AssociationSettings settings, AssociationPolicy policy) throws IOException {
        Association a = acceptorUpToRq(socket, settings);
        AAssociateRq rq = a.rq;
        if ((rq.protocolVersion() & 1) == 0) {
            // AE-6, "not acceptable by the service-provider"
            throw a.rejectInAe6(AAssociateRj.permanent(AAssociateRj.Reason.PROTOCOL_VERSION_NOT_SUPPORTED));
        }
        a.fsm.moveTo(STA3);
        AssociationDecision decision;
        if (!rq.applicationContext().isDicom()) {
            decision = AssociationDecision.rejectPermanent(AAssociateRj.Reason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED);
        } else {
            try {
                decision = policy.decide(rq, a.remoteAddress());
            } catch (RuntimeException e) {
                LOG.error("{}: association policy failed, rejecting", a.name, e);
                decision = AssociationDecision.rejectPermanent(AAssociateRj.Reason.USER_NO_REASON_GIVEN);
            }
        }
        if (decision instanceof AssociationDecision.Reject reject) {
            a.fsm.fireAndMove(EVT8); // AE-8
            a.sendPdu(reject.rejection());
            LOG.info("{}: rejected {} from {}: {}", a.name, describe(rq), a.remoteAddress(), reject.rejection());
            a.awaitTransportClose();
            throw new AssociationRejectedException(a.name + " rejected", reject.rejection());
        }
        AssociationDecision.Accept accept = (AssociationDecision.Accept) decision;
        AAssociateAc ac = a.buildAc(accept);
        a.fsm.fireAndMove(EVT7); // AE-7
        a.sendPdu(ac);
        a.ac = ac;
        a.peerMaxPduLength = rq.userInformation().maximumLength();
        LOG.info("{}: accepted {} from {} ({} of {} presentation contexts, peer max PDU {}, implementation {} {})",
                a.name, describe(rq), a.remoteAddress(), a.contexts.size(), rq.presentationContexts().size(), a.peerMaxPduLength,
                rq.userInformation().implementationClassUid(), rq.userInformation().implementationVersionName());
        return a;
    }

    /**
     * Reads the A-ASSOCIATE-RQ and rejects it as the service-provider (AE-6, e.g. too many associations:
     * transient, presentation-related source, local-limit-exceeded), then waits for the peer to close.
     */
    public static void rejectByServiceProvider(Socket socket, AssociationSettings settings, AAssociateRj rejection) throws IOException {
        Association a = acceptorUpToRq(socket, settings);
        throw a.rejectInAe6(rejection);
    }

    private static Association acceptorUpToRq(Socket socket, AssociationSettings settings) throws IOException {
        long serial = SERIAL.incrementAndGet();
        StateMachine fsm = new StateMachine("assoc#" + serial);
        Association a;
        try {
            a = new Association(socket, settings, false, fsm, serial);
        } catch (IOException e) {
            closeQuietly(socket);
            throw e;
        }
        a.fsm.fireAndMove(EVT5); // AE-5: ARTIM starts now
        Pdu pdu = a.receive(settings.artimTimeout().toMillis(), "A-ASSOCIATE-RQ");
        Action action = a.fsm.fire(eventFor(pdu));
        if (action != AE_6) {
            throw a.abortive(action, "expected A-ASSOCIATE-RQ, got " + Pdu.typeName(pdu.type()), AAbort.UNEXPECTED_PDU, pdu);
        }
        a.rq = (AAssociateRq) pdu;
        a.name = "assoc#" + serial + " " + a.rq.callingAeTitle() + "->" + a.rq.calledAeTitle();
        return a;
    }

    private AssociationRejectedException rejectInAe6(AAssociateRj rejection) throws IOException {
        fsm.moveTo(STA13);
        sendPdu(rejection);
        LOG.info("{}: rejected {} from {} by the service-provider: {}", name, describe(rq), remoteAddress(), rejection);
        awaitTransportClose();
        return new AssociationRejectedException(name + " rejected", rejection);
    }

    private AAssociateAc buildAc(AssociationDecision.Accept accept) {
        Map<Integer, PresentationContextAc> answers = new HashMap<>();
        for (PresentationContextAc pc : accept.presentationContexts()) {
            answers.put(pc.id(), pc);
        }
        List<PresentationContextAc> results = new ArrayList<>();
        for (PresentationContextRq proposed : rq.presentationContexts()) {
            PresentationContextAc answer = answers.get(proposed.id());
            if (answer == null) {
                answer = PresentationContextAc.refuse(proposed.id(), PresentationContextAc.Result.NO_REASON);
            } else if (answer.accepted() && !proposed.transferSyntaxes().contains(answer.transferSyntax())) {
                LOG.warn("{}: policy accepted context {} with transfer syntax {} that was not proposed; refusing it", name,
                        proposed.id(), answer.transferSyntax());
                answer = PresentationContextAc.refuse(proposed.id(), PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED);
            }
            if (answer.accepted() && !contexts.containsKey(proposed.id())) {
                contexts.put(proposed.id(), new NegotiatedContext(proposed.id(), proposed.abstractSyntax(), answer.transferSyntax()));
            }
            results.add(answer);
        }
        UserInformation peer = rq.userInformation();
        // PS3.7 §D.3.3.4: we act as SCP for what the peer sends; we never take the SCP role it offers us to play as SCU.
        List<RoleSelection> roles = new ArrayList<>();
        for (RoleSelection r : peer.roleSelections()) {
            roles.add(new RoleSelection(r.sopClassUid(), r.scuRole(), false));
        }
        boolean identityAnswer = peer.userIdentityRq() != null && peer.userIdentityRq().positiveResponseRequested() && accept.userIdentity() != null;
        UserInformation ui = new UserInformation(settings.maxReceivePduLength(), settings.implementationClassUid(),
                settings.implementationVersionName(),
                peer.asynchronousOperationsWindow() != null ? AsynchronousOperationsWindow.SYNCHRONOUS : null,
                roles, null, identityAnswer ? accept.userIdentity() : null);
        return new AAssociateAc(1, rq.calledAeTitle(), rq.callingAeTitle(), ApplicationContext.DICOM, results, ui);
    }

    // =====================================================================================  requestor

    /** Connects, proposes, and returns the established association (Sta6). */
    public static Association request(AssociationRequest request, AssociationSettings settings) throws IOException {
        long serial = SERIAL.incrementAndGet();
        StateMachine fsm = new StateMachine("assoc#" + serial);
        fsm.fireAndMove(EVT1); // AE-1
        Socket socket = new Socket();
        try {
            socket.connect(request.remote(), (int) settings.connectTimeout().toMillis());
        } catch (IOException e) {
            fsm.fireAndMove(EVT17); // AA-4
            closeQuietly(socket);
            throw e;
        }
        Association a;
        try {
            a = new Association(socket, settings, true, fsm, serial);
        } catch (IOException e) {
            closeQuietly(socket);
            throw e;
        }
        a.name = "assoc#" + serial + " " + request.callingAeTitle() + "->" + request.calledAeTitle();
        UserInformation ui = new UserInformation(settings.maxReceivePduLength(), settings.implementationClassUid(),
                settings.implementationVersionName(), null, request.roleSelections(), request.userIdentity(), null);
        AAssociateRq rq = new AAssociateRq(request.calledAeTitle(), request.callingAeTitle(), request.presentationContexts(), ui);
        a.rq = rq;
        a.fsm.fireAndMove(EVT2); // AE-2
        a.sendPdu(rq);
        Pdu pdu = a.receive(settings.dimseTimeout().toMillis(), "A-ASSOCIATE-AC");
        Action action = a.fsm.fire(eventFor(pdu));
        switch (action) {
            case AE_3 -> {
                a.fsm.moveTo(STA6);
                a.onAccepted((AAssociateAc) pdu);
                return a;
            }
            case AE_4 -> {
                a.closeSocket();
                a.fsm.moveTo(STA1);
                LOG.info("{}: rejected by {}: {}", a.name, request.remote(), pdu);
                throw new AssociationRejectedException(a.name + " rejected by peer", (AAssociateRj) pdu);
            }
            default -> throw a.abortive(action, "expected A-ASSOCIATE-AC/RJ, got " + Pdu.typeName(pdu.type()), AAbort.UNEXPECTED_PDU, pdu);
        }
    }

    private void onAccepted(AAssociateAc ac) {
        this.ac = ac;
        this.peerMaxPduLength = ac.userInformation().maximumLength();
        Map<Integer, PresentationContextRq> proposed = new HashMap<>();
        for (PresentationContextRq pc : rq.presentationContexts()) {
            proposed.put(pc.id(), pc);
        }
        for (PresentationContextAc pc : ac.presentationContexts()) {
            PresentationContextRq p = proposed.get(pc.id());
            if (!pc.accepted()) {
                continue;
            }
            if (p == null || !p.transferSyntaxes().contains(pc.transferSyntax())) {
                LOG.warn("{}: peer accepted context {} with transfer syntax {} that we did not propose; not using it", name, pc.id(), pc.transferSyntax());
                continue;
            }
            contexts.put(pc.id(), new NegotiatedContext(pc.id(), p.abstractSyntax(), pc.transferSyntax()));
        }
        LOG.info("{}: established with {} ({} of {} presentation contexts accepted, peer max PDU {}, implementation {} {})",
                name, remoteAddress(), contexts.size(), rq.presentationContexts().size(), peerMaxPduLength,
                ac.userInformation().implementationClassUid(), ac.userInformation().implementationVersionName());
    }

    // =====================================================================================  data transfer

    /**
     * The next presentation data value from the peer (P-DATA indication, DT-2), or {@code null} when the peer
     * asked to release (A-RELEASE indication, AR-2; answer with {@link #sendReleaseResponse()}).
     *
     * @param timeoutMillis how long to wait for the next PDU; expiry aborts the association
     * @param waitingFor    what we wait for, for the log and the exception
     */
    public PresentationDataValue receivePdv(long timeoutMillis, String waitingFor) throws IOException {
        PresentationDataValue next = received.poll();
        if (next != null) {
            return next;
        }
        State s = fsm.state();
        if (s != STA6) {
            throw notUsable("receive " + waitingFor);
        }
        Pdu pdu = receive(timeoutMillis, waitingFor);
        Action action = fsm.fire(eventFor(pdu));
        switch (action) {
            case DT_2 -> {
                PDataTf data = (PDataTf) pdu;
                for (PresentationDataValue v : data.values()) {
                    if (!contexts.containsKey(v.presentationContextId())) {
                        throw abortive(fsm.fire(EVT19), "PDV on presentation context " + v.presentationContextId()
                                + " which was not accepted", AAbort.INVALID_PDU_PARAMETER_VALUE, pdu);
                    }
                }
                received.addAll(data.values());
                return received.poll();
            }
            case AR_2 -> {
                fsm.moveTo(STA8);
                LOG.debug("{}: peer requested release", name);
                return null;
            }
            default -> throw abortive(action, "unexpected " + Pdu.typeName(pdu.type()) + " while " + waitingFor, AAbort.UNEXPECTED_PDU, pdu);
        }
    }

    /**
     * Sends one PDV in its own P-DATA-TF (P-DATA request, DT-1 in Sta6 or AR-7 in Sta8). {@code length} must
     * not exceed {@link #maxPdvDataLength()}.
     */
    public void sendPdv(int presentationContextId, boolean command, boolean last, byte[] data, int offset, int length) throws IOException {
        State s = fsm.state();
        if (s != STA6 && s != STA8) {
            throw notUsable("send P-DATA");
        }
        if (!contexts.containsKey(presentationContextId)) {
            throw new IllegalArgumentException("presentation context " + presentationContextId + " was not accepted");
        }
        if (length > maxPdvDataLength()) {
            throw new IllegalArgumentException("PDV of " + length + " bytes exceeds the negotiated maximum of " + maxPdvDataLength());
        }
        fsm.fireAndMove(EVT9);
        long pduLength = PresentationDataValue.HEADER_LENGTH + (long) length;
        byte[] header = new byte[PduCodec.HEADER_LENGTH + PresentationDataValue.HEADER_LENGTH];
        header[0] = Pdu.TYPE_P_DATA_TF;
        putInt(header, 2, pduLength);
        putInt(header, 6, length + 2L);
        header[10] = (byte) presentationContextId;
        header[11] = (byte) ((command ? 1 : 0) | (last ? 2 : 0));
        write(header, data, offset, length, settings.dimseTimeout().toMillis());
    }

    /** Largest PDV payload we may send in one PDU: the peer's maximum (0 = unlimited) capped by our own setting. */
    public int maxPdvDataLength() {
        long peer = peerMaxPduLength == 0 ? Long.MAX_VALUE : peerMaxPduLength;
        long limit = Math.min(peer, settings.maxSendPduLength());
        return (int) Math.max(1, limit - PresentationDataValue.HEADER_LENGTH);
    }

    // =====================================================================================  release / abort

    /** Releases the association we hold (A-RELEASE request, AR-1), handling a release collision (AR-8…AR-10). */
    public void release() throws IOException {
        if (fsm.state() != STA6) {
            throw notUsable("release");
        }
        fsm.fireAndMove(EVT11); // AR-1
        sendPdu(new AReleaseRq());
        while (true) {
            Pdu pdu = receive(settings.dimseTimeout().toMillis(), "A-RELEASE-RP");
            Action action = fsm.fire(eventFor(pdu));
            switch (action) {
                case AR_3 -> { // Sta7 or Sta11
                    closeSocket();
                    fsm.moveTo(STA1);
                    LOG.info("{}: released", name);
                    return;
                }
                case AR_6 -> // no operation of ours is outstanding once we release; late data has no one to go to
                        LOG.warn("{}: P-DATA-TF received after our A-RELEASE-RQ; ignored", name);
                case AR_8 -> {
                    LOG.debug("{}: release collision", name);
                    if (requestor) {
                        fsm.moveTo(STA9);
                        fsm.fireAndMove(EVT14); // AR-9 → Sta11
                        sendPdu(new AReleaseRp());
                    } else {
                        fsm.moveTo(STA10);
                    }
                }
                case AR_10 -> {
                    fsm.moveTo(STA12);
                    fsm.fireAndMove(EVT14); // AR-4 → Sta13
                    sendPdu(new AReleaseRp());
                    awaitTransportClose();
                    LOG.info("{}: released (collision)", name);
                    return;
                }
                default -> throw abortive(action, "unexpected " + Pdu.typeName(pdu.type()) + " while releasing", AAbort.UNEXPECTED_PDU, pdu);
            }
        }
    }

    /** Answers the peer's release request (A-RELEASE response, AR-4) and waits for it to close the connection. */
    public void sendReleaseResponse() throws IOException {
        if (fsm.state() != STA8) {
            throw notUsable("answer a release request");
        }
        fsm.fireAndMove(EVT14); // AR-4 → Sta13
        sendPdu(new AReleaseRp());
        LOG.info("{}: released by peer", name);
        awaitTransportClose();
    }

    /**
     * Aborts as the service user (A-ABORT request, AA-1). Safe from any thread: it sends the A-ABORT, half-closes,
     * and closes the socket after a short grace so the PDU is not lost to a TCP reset.
     */
    public void abort() {
        abort("aborted by local service user");
    }

    void abort(String why) {
        synchronized (fsm) {
            State s = fsm.state();
            if (s == STA1 || s == STA13) {
                closeSocket();
                return;
            }
            abortCause = why;
            if (s == STA4) {
                fsm.fireAndMove(EVT15); // AA-2
                closeSocket();
                return;
            }
            fsm.fireAndMove(EVT15); // AA-1 → Sta13
        }
        LOG.info("{}: aborting: {}", name, why);
        try {
            // another thread may be blocked writing: do not wait for it longer than a moment
            write(PduCodec.encode(AAbort.byServiceUser()), null, 0, 0, 200);
            socket.shutdownOutput();
        } catch (IOException e) {
            LOG.debug("{}: could not send A-ABORT: {}", name, e.toString());
        }
        long grace = Math.min(settings.artimTimeout().toMillis(), 2000);
        WATCHDOG.schedule(this::closeSocket, grace, TimeUnit.MILLISECONDS);
    }

    /**
     * Aborts from the association's own thread and waits (ARTIM) for the peer to close: for timeouts and
     * protocol errors detected above the upper layer (DIMSE).
     *
     * @return the exception to throw to the caller
     */
    public AssociationAbortedException abortFromOwnThread(String why, int providerReason) throws IOException {
        State s = fsm.state();
        if (s == STA1 || s == STA13) {
            closeSocket();
            return new AssociationAbortedException(name + ": " + why);
        }
        return abortive(fsm.fire(EVT15), why, providerReason, null);
    }

    /** Aborts if still open, then makes sure the socket is closed. */
    @Override
    public void close() {
        State s = fsm.state();
        if (s != STA1 && s != STA13) {
            abort("closed while " + s.label()); // schedules the socket close after a short grace
        } else {
            closeSocket();
        }
    }

    // =====================================================================================  internals

    private static Event eventFor(Pdu pdu) {
        return switch (pdu.type()) {
            case Pdu.TYPE_A_ASSOCIATE_RQ -> EVT6;
            case Pdu.TYPE_A_ASSOCIATE_AC -> EVT3;
            case Pdu.TYPE_A_ASSOCIATE_RJ -> EVT4;
            case Pdu.TYPE_P_DATA_TF -> EVT10;
            case Pdu.TYPE_A_RELEASE_RQ -> EVT12;
            case Pdu.TYPE_A_RELEASE_RP -> EVT13;
            case Pdu.TYPE_A_ABORT -> EVT16;
            default -> EVT19;
        };
    }

    /**
     * Reads one PDU. Turns the transport-level outcomes into their events: end of stream (Evt17), ARTIM expiry
     * in Sta2 (Evt18), our own timers elsewhere (a local abort, Evt15), malformed PDU (Evt19).
     */
    private Pdu receive(long timeoutMillis, String waitingFor) throws IOException {
        in.deadlineIn(timeoutMillis);
        Pdu pdu;
        try {
            pdu = PduCodec.read(in, settings.maxReceivePduLength());
        } catch (SocketTimeoutException e) {
            if (fsm.state() == STA2) {
                fsm.fireAndMove(EVT18); // AA-2
                closeSocket();
                LOG.info("{}: ARTIM expired after {} ms waiting for {}", name, timeoutMillis, waitingFor);
                throw new AssociationAbortedException(name + ": ARTIM timer expired waiting for " + waitingFor, null, e);
            }
            throw abortFromOwnThread("timeout after " + timeoutMillis + " ms waiting for " + waitingFor, AAbort.REASON_NOT_SPECIFIED);
        } catch (PduFormatException e) {
            desynchronized = true;
            if (fsm.state() == STA13 || fsm.state() == STA1) {
                throw abortedLocally(e);
            }
            throw abortive(fsm.fire(EVT19), "invalid PDU while waiting for " + waitingFor + ": " + e.getMessage(), e.abortReason(), null);
        } catch (IOException e) {
            throw transportClosed("transport failed while waiting for " + waitingFor + ": " + e.getMessage(), e);
        }
        if (pdu == null) {
            throw transportClosed("peer closed the connection while we waited for " + waitingFor, null);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: received {}", name, pdu instanceof PDataTf p ? "P-DATA-TF " + p.values() : pdu);
        }
        if (fsm.state() == STA13 || fsm.state() == STA1) {
            // aborted from another thread while we were reading
            throw abortedLocally(null);
        }
        return pdu;
    }

    private AssociationAbortedException abortedLocally(Throwable cause) {
        closeSocket();
        return new AssociationAbortedException(name + ": " + (abortCause != null ? abortCause : "association aborted"), null, cause);
    }

    private AssociationAbortedException transportClosed(String why, Throwable cause) {
        State s = fsm.state();
        if (s == STA1 || s == STA13) {
            return abortedLocally(cause);
        }
        fsm.fireAndMove(EVT17); // AA-4 / AA-5 / AR-5
        closeSocket();
        LOG.info("{}: {}", name, why);
        return new AssociationAbortedException(name + ": " + why, null, cause);
    }

    /**
     * Executes one of the abort-family actions of Table 9-10 and returns the exception the caller throws.
     * For the actions that enter Sta13 (AA-1, AA-7, AA-8) it then waits, under ARTIM, for the peer to close.
     */
    private AssociationAbortedException abortive(Action action, String why, int providerReason, Pdu receivedPdu) throws IOException {
        switch (action) {
            case AA_1, AA_8 -> {
                AAbort abort = action == AA_1 ? AAbort.byServiceUser() : AAbort.byServiceProvider(providerReason);
                fsm.moveTo(STA13);
                abortCause = why;
                LOG.warn("{}: {} ({}): sending {}", name, why, action.label(), abort);
                try {
                    sendPdu(abort);
                } catch (IOException e) {
                    LOG.debug("{}: could not send A-ABORT: {}", name, e.toString());
                }
                awaitTransportClose();
                return new AssociationAbortedException(name + ": " + why, abort, null);
            }
            case AA_3 -> {
                fsm.moveTo(STA1);
                closeSocket();
                AAbort peerAbort = receivedPdu instanceof AAbort a ? a : null;
                LOG.info("{}: aborted by peer: {}", name, peerAbort);
                return new AssociationAbortedException(name + ": aborted by peer " + peerAbort, peerAbort, null);
            }
            case AA_2, AA_4, AA_5 -> {
                fsm.moveTo(STA1);
                closeSocket();
                LOG.info("{}: {} ({})", name, why, action.label());
                return new AssociationAbortedException(name + ": " + why);
            }
            default -> throw new IllegalStateException(name + ": " + action.label() + " is not an abort action");
        }
    }

    /**
     * Sta13: wait for the peer to close (Evt17 → AR-5) under ARTIM (Evt18 → AA-2), ignoring PDUs (AA-6) and
     * answering an A-ASSOCIATE-RQ or an invalid PDU with an A-ABORT (AA-7).
     */
    private void awaitTransportClose() {
        long deadline = System.nanoTime() + settings.artimTimeout().toMillis() * 1_000_000L;
        in.deadlineAt(deadline);
        boolean abortSent = false;
        byte[] sink = new byte[8192];
        try {
            while (true) {
                if (desynchronized) {
                    if (in.read(sink, 0, sink.length) < 0) {
                        break;
                    }
                    continue;
                }
                Pdu pdu;
                try {
                    pdu = PduCodec.read(in, settings.maxReceivePduLength());
                } catch (PduFormatException e) {
                    desynchronized = true;
                    if (!abortSent) {
                        fsm.fire(EVT19); // AA-7
                        sendPdu(AAbort.byServiceProvider(e.abortReason()));
                        abortSent = true;
                    }
                    continue;
                }
                if (pdu == null) {
                    break;
                }
                Action action = fsm.fire(eventFor(pdu));
                if (action == AA_2) { // A-ABORT received
                    break;
                }
                if (action == AA_7 && !abortSent) {
                    sendPdu(AAbort.byServiceProvider(AAbort.UNEXPECTED_PDU));
                    abortSent = true;
                }
                // AA-6: ignore
            }
            fsm.moveTo(STA1); // AR-5 / AA-2
        } catch (SocketTimeoutException e) {
            fsm.fire(EVT18); // AA-2
            LOG.debug("{}: ARTIM expired waiting for the peer to close", name);
        } catch (IOException e) {
            LOG.debug("{}: transport closed: {}", name, e.toString());
        } catch (IllegalStateException e) {
            LOG.debug("{}: state changed while waiting for close: {}", name, e.getMessage());
        } finally {
            fsm.moveTo(STA1);
            closeSocket();
        }
    }

    private AssociationAbortedException notUsable(String what) {
        State s = fsm.state();
        if (s == STA1 || s == STA13) {
            return new AssociationAbortedException(name + ": cannot " + what + ": " + (abortCause != null ? abortCause : "association is closed"));
        }
        throw new IllegalStateException(name + ": cannot " + what + " in " + s.label() + " (" + s.description + ")");
    }

    private void sendPdu(Pdu pdu) throws IOException {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: sending {}", name, pdu);
        }
        write(PduCodec.encode(pdu), null, 0, 0, settings.dimseTimeout().toMillis());
    }

    /** Writes under the write lock, with a watchdog that closes the socket if the peer stops reading. */
    private void write(byte[] head, byte[] body, int offset, int length, long lockTimeout) throws IOException {
        long timeout = settings.dimseTimeout().toMillis();
        try {
            if (!writeLock.tryLock(lockTimeout, TimeUnit.MILLISECONDS)) {
                throw new SocketTimeoutException("write lock not obtained within " + lockTimeout + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to write");
        }
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            LOG.warn("{}: write blocked for {} ms, closing the connection", name, timeout);
            abortCause = "write blocked for " + timeout + " ms (peer not reading)";
            closeSocket();
        }, timeout, TimeUnit.MILLISECONDS);
        try {
            out.write(head);
            if (body != null && length > 0) {
                out.write(body, offset, length);
            }
            out.flush();
        } catch (IOException e) {
            State s = fsm.state();
            if (s != STA13 && s != STA1) {
                throw transportClosed("write failed: " + e.getMessage(), e);
            }
            throw e;
        } finally {
            guard.cancel(false);
            writeLock.unlock();
        }
    }

    private static void putInt(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private void closeSocket() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }

    private static String describe(AAssociateRq rq) {
        return "A-ASSOCIATE-RQ " + rq.callingAeTitle() + "->" + rq.calledAeTitle();
    }

    // =====================================================================================  accessors

    public State state() {
        return fsm.state();
    }

    public boolean isRequestor() {
        return requestor;
    }

    public boolean isEstablished() {
        State s = fsm.state();
        return s == STA6;
    }

    public AAssociateRq associateRq() {
        return rq;
    }

    public AAssociateAc associateAc() {
        return ac;
    }

    public String callingAeTitle() {
        return rq.callingAeTitle();
    }

    public String calledAeTitle() {
        return rq.calledAeTitle();
    }

    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    public AssociationSettings settings() {
        return settings;
    }

    /** Maximum length the peer can receive (0 = unlimited). */
    public long peerMaxPduLength() {
        return peerMaxPduLength;
    }

    public Optional<NegotiatedContext> context(int id) {
        return Optional.ofNullable(contexts.get(id));
    }

    /** Accepted contexts in proposal order. */
    public List<NegotiatedContext> contexts() {
        return Collections.unmodifiableList(new ArrayList<>(contexts.values()));
    }

    /** The first accepted context for the abstract syntax and transfer syntax. */
    public Optional<NegotiatedContext> findContext(String abstractSyntax, String transferSyntax) {
        return contexts.values().stream()
                .filter(c -> c.abstractSyntax().equals(abstractSyntax) && c.transferSyntax().equals(transferSyntax))
                .findFirst();
    }

    /** The first accepted context for the abstract syntax, whatever its transfer syntax. */
    public Optional<NegotiatedContext> findContext(String abstractSyntax) {
        return contexts.values().stream().filter(c -> c.abstractSyntax().equals(abstractSyntax)).findFirst();
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " [" + fsm.state().label() + "]";
    }
}
