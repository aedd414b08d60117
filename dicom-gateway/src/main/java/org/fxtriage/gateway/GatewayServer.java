package org.fxtriage.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;

import org.fxtriage.dicom.net.service.DicomServer;
import org.fxtriage.dicom.net.service.StoreRequest;
import org.fxtriage.dicom.net.service.StoreResult;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.gateway.InstanceStore.IncomingInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: a {@link DicomServer} (C-ECHO, C-STORE SCP) with {@link AccessControl} as its association
 * policy and the {@link InstanceStore} as its C-STORE receiver.
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);

    private final DicomServer server;
    private final InstanceStore store;
    private final GatewayAssociationPolicy policy;

    private GatewayServer(DicomServer server, InstanceStore store, GatewayAssociationPolicy policy) {
        this.server = server;
        this.store = store;
        this.policy = policy;
    }

    /** Prepares the store (removing temporary files a crash left), binds and starts accepting. */
    public static GatewayServer start(GatewayConfig config, StoreHandler handler) throws IOException {
        InstanceStore store = new InstanceStore(config.storageDir(), handler, config.minFreeDiskBytes());
        AssociationSettings settings = AssociationSettings.defaults()
                .withMaxReceivePduLength(config.maxPduLength())
                .withArtimTimeout(config.artimTimeout())
                .withIdleTimeout(config.idleTimeout())
                .withDimseTimeout(config.dimseTimeout());
        DicomServer.Config serverConfig = new DicomServer.Config(config.bindHost(), config.port(), config.maxAssociations(), settings);
        GatewayAssociationPolicy policy = new GatewayAssociationPolicy(new AccessControl(config));
        DicomServer server = new DicomServer(serverConfig, policy,
                (request, dataset) -> receive(store, request, dataset));
        server.start();
        return new GatewayServer(server, store, policy);
    }

    private static StoreResult receive(InstanceStore store, StoreRequest rq, InputStream dataset) throws IOException {
        IncomingInstance incoming = new IncomingInstance(rq.affectedSopClassUid(), rq.affectedSopInstanceUid(),
                rq.transferSyntaxUid(), rq.callingAeTitle(), rq.calledAeTitle());
        try {
            InstanceStore.StoreResult r = store.store(incoming, dataset);
            return r.success() ? StoreResult.success() : StoreResult.failure(r.status(), r.comment());
        } catch (InstanceStore.DatasetStreamException e) {
            // The association is gone or going (abort, stall): nobody to answer; the temporary file is deleted.
            log.warn("C-STORE of {} from {} ({}) interrupted: {}", InstanceStore.printable(rq.affectedSopInstanceUid()), rq.callingAeTitle(), rq.peer(),
                    e.getCause());
            throw e;
        }
    }

    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    public InstanceStore store() {
        return store;
    }

    /** Associations being served now. */
    public int activeAssociations() {
        return server.activeAssociations();
    }

    /** Associations accepted since start (A-ASSOCIATE-AC sent). */
    public long associationsAccepted() {
        return policy.accepted.get();
    }

    /** Associations rejected since start (AE title or host not allowed, no acceptable context…). */
    public long associationsRejected() {
        return policy.rejected.get();
    }

    /** Stops accepting and ends the associations still open; instances not yet acknowledged are discarded. */
    @Override
    public void close() {
        server.close();
    }
}
