package org.fxtriage.dicom.net.service;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.DimseMessage;
import org.fxtriage.dicom.net.dimse.MessageReader;
import org.fxtriage.dicom.net.dimse.MessageWriter;
import org.fxtriage.dicom.net.dimse.Status;
import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationAbortedException;
import org.fxtriage.dicom.net.ul.AssociationPolicy;
import org.fxtriage.dicom.net.ul.AssociationRejectedException;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts associations on a server socket and serves C-ECHO and C-STORE on them, one thread per association
 * from a bounded pool. Beyond {@link Config#maxAssociations()} a connection's A-ASSOCIATE-RQ is still read and
 * answered with A-ASSOCIATE-RJ (transient, service-provider presentation-related, local-limit-exceeded;
 * PS3.8 §9.3.4) by a small separate pool. Each association is isolated: its failures end only itself.
 */
public final class DicomServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DicomServer.class);

    /**
     * @param host            address to bind (use 127.0.0.1 in tests)
     * @param port            0 picks a free port
     * @param maxAssociations concurrent associations served
     */
    public record Config(String host, int port, int maxAssociations, AssociationSettings settings) {
        public Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(settings, "settings");
            if (port < 0 || port > 65535 || maxAssociations < 1) {
                throw new IllegalArgumentException("port 0..65535 and maxAssociations >= 1");
            }
        }

        public static Config of(String host, int port) {
            return new Config(host, port, 32, AssociationSettings.defaults());
        }

        public Config withMaxAssociations(int n) {
            return new Config(host, port, n, settings);
        }

        public Config withSettings(AssociationSettings s) {
            return new Config(host, port, maxAssociations, s);
        }
    }

    private final Config config;
    private final AssociationPolicy policy;
    private final StoreScp storeScp;
    private final AtomicInteger active = new AtomicInteger();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Association> associations = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private ThreadPoolExecutor workers;
    private ThreadPoolExecutor rejecters;
    private Thread acceptor;
    private volatile boolean closed;

    /** @param storeReceiver null: no storage (C-STORE answered "SOP class not supported") */
    public DicomServer(Config config, AssociationPolicy policy, StoreReceiver storeReceiver) {
        this.config = Objects.requireNonNull(config, "config");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.storeScp = new StoreScp(storeReceiver);
    }

    /** Binds and starts accepting. */
    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 64);
        serverSocket = ss;
        workers = new ThreadPoolExecutor(config.maxAssociations(), config.maxAssociations(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("dicom-association"));
        workers.allowCoreThreadTimeOut(true);
        rejecters = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), named("dicom-reject"));
        rejecters.allowCoreThreadTimeOut(true);
        acceptor = new Thread(this::acceptLoop, "dicom-accept-" + ss.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("DICOM server listening on {}:{} (max {} associations)", config.host(), ss.getLocalPort(), config.maxAssociations());
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    /** Associations being served right now (including those still negotiating). */
    public int activeAssociations() {
        return active.get();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (SocketException e) {
                if (!closed) {
                    LOG.error("accept failed", e);
                }
                return;
            } catch (IOException e) {
                LOG.warn("accept failed: {}", e.toString());
                continue;
            }
            sockets.add(socket);
            if (active.incrementAndGet() <= config.maxAssociations()) {
                workers.execute(() -> serve(socket));
            } else {
                active.decrementAndGet();
                try {
                    rejecters.execute(() -> rejectBusy(socket));
                } catch (RejectedExecutionException e) {
                    LOG.warn("connection from {} dropped: too many pending connections", socket.getRemoteSocketAddress());
                    close(socket);
                }
            }
        }
    }

    private void rejectBusy(Socket socket) {
        try {
            Association.rejectByServiceProvider(socket, config.settings(),
                    AAssociateRj.transient_(AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED));
        } catch (AssociationRejectedException expected) {
            LOG.info("rejected association from {}: limit of {} concurrent associations reached", socket.getRemoteSocketAddress(),
                    config.maxAssociations());
        } catch (IOException | RuntimeException e) {
            LOG.info("connection from {} ended before it could be rejected: {}", socket.getRemoteSocketAddress(), e.getMessage());
        } finally {
            close(socket);
            sockets.remove(socket);
        }
    }

    private void serve(Socket socket) {
        Association association = null;
        try {
            association = Association.accept(socket, config.settings(), policy);
            associations.add(association);
            dispatch(association);
        } catch (AssociationRejectedException e) {
            // already logged by the association
        } catch (AssociationAbortedException e) {
            LOG.info("{}", e.getMessage());
        } catch (IOException e) {
            LOG.warn("association with {} failed: {}", socket.getRemoteSocketAddress(), e.toString());
        } catch (RuntimeException e) {
            LOG.error("association with {} failed unexpectedly", socket.getRemoteSocketAddress(), e);
        } finally {
            if (association != null) {
                association.close();
                associations.remove(association);
            } else {
                close(socket);
            }
            sockets.remove(socket);
            active.decrementAndGet();
        }
    }

    private void dispatch(Association association) throws IOException {
        MessageReader reader = new MessageReader(association);
        MessageWriter writer = new MessageWriter(association);
        while (true) {
            DimseMessage m = reader.read();
            if (m == null) {
                association.sendReleaseResponse();
                return;
            }
            int field = m.command().commandField();
            switch (field) {
                case CommandField.C_ECHO_RQ -> {
                    reader.drainCurrent();
                    EchoScp.respond(m, writer);
                    association.context(m.presentationContextId()).ifPresent(c ->
                            LOG.info("{}: C-ECHO -> success", association.name()));
                }
                case CommandField.C_STORE_RQ -> storeScp.handle(association, m, reader, writer);
                default -> {
                    reader.drainCurrent();
                    if (CommandField.isResponse(field) || field == CommandField.C_CANCEL_RQ) {
                        // we have no operation outstanding that this could answer or cancel
                        throw association.abortFromOwnThread("unexpected " + CommandField.name(field), AAbort.UNEXPECTED_PDU_PARAMETER);
                    }
                    LOG.warn("{}: {} not supported, answering unrecognized operation", association.name(), CommandField.name(field));
                    CommandSet rsp = CommandSet.builder()
                            .us(CommandElement.COMMAND_FIELD, field | 0x8000)
                            .us(CommandElement.MESSAGE_ID_BEING_RESPONDED_TO, m.command().getUs(CommandElement.MESSAGE_ID.tag, 0))
                            .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                            .us(CommandElement.STATUS, Status.UNRECOGNIZED_OPERATION)
                            .build();
                    writer.write(m.presentationContextId(), rsp, null);
                }
            }
        }
    }

    /** Stops accepting, aborts the associations still open, and waits briefly for their threads. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed || serverSocket == null) {
                closed = true;
                return;
            }
            closed = true;
        }
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        for (Association a : associations) {
            a.abort();
        }
        workers.shutdown();
        rejecters.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                sockets.forEach(DicomServer::close);
                workers.shutdownNow();
            }
            rejecters.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sockets.forEach(DicomServer::close);
        LOG.info("DICOM server on port {} stopped", serverSocket.getLocalPort());
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
