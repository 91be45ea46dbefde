package io.grantflow.support;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server on 127.0.0.1 whose connections send each reply at once (TCP_NODELAY).
 * GreenMail writes the lines of its EHLO reply one by one; without TCP_NODELAY the second line waits
 * for the client's delayed ACK, about 40 ms per connection on Linux, which a real mail server that
 * writes its reply in one piece does not cost. Every mail of the tests and benchmarks opens a connection.
 * <p>
 * {@link #silent} and {@link #refusing} are small SMTP servers of our own for what GreenMail does not do: a
 * server that accepts connections and never answers, and one that answers 550 for chosen recipients.
 */
public final class LoopbackSmtp {

    private LoopbackSmtp() {
    }

    /** Starts a server on the port (0 for any free one). */
    public static GreenMail start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000); // GreenMail's 2 s is short on two cores shared with other builds
        for (int attempt = 1; ; attempt++) {
            GreenMail mail = new NoDelayGreenMail(setup);
            try {
                mail.start();
                return mail;
            } catch (IllegalStateException portNotFreeYet) {
                // a scripted server that just closed on this port may not have let it go yet
                mail.stop();
                if (attempt == 10) {
                    throw portNotFreeYet;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw portNotFreeYet;
                }
            }
        }
    }

    /** A server on 127.0.0.1:port that accepts connections and never says a word (not even its greeting). */
    public static Scripted silent(int port) {
        return new Scripted(port, true, Set.of());
    }

    /** A server on 127.0.0.1:port that takes every message but answers 550 to RCPT for the addresses given. */
    public static Scripted refusing(int port, Set<String> refused) {
        return new Scripted(port, false, Set.copyOf(refused));
    }

    /** A message as the scripted server took it: envelope recipients and the raw text after DATA. */
    public record Received(List<String> recipients, String data) {
    }

    /** One thread per connection; close() closes every connection and the listening socket. */
    public static final class Scripted implements Closeable {

        private final ServerSocket server;
        private final boolean silent;
        private final Set<String> refused;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Received> received = new CopyOnWriteArrayList<>();

        private Scripted(int port, boolean silent, Set<String> refused) {
            this.silent = silent;
            this.refused = refused;
            try {
                server = new ServerSocket(port, 200, InetAddress.getByName("127.0.0.1"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
            }
            Thread acceptor = new Thread(this::accept, "loopback-smtp-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /** Connections accepted since the start. */
        public int connections() {
            return connections.get();
        }

        /** Connections open now. */
        public int openConnections() {
            return open.size();
        }

        public List<Received> received() {
            return List.copyOf(received);
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    client.setTcpNoDelay(true);
                    open.add(client);
                    connections.incrementAndGet();
                    Thread handler = new Thread(() -> converse(client), "loopback-smtp-client");
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void converse(Socket client) {
            try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                if (silent) {
                    while (in.read() >= 0) {
                        // say nothing, read whatever comes until the client or close() hangs up
                    }
                    return;
                }
                OutputStream out = client.getOutputStream();
                reply(out, "220 loopback ESMTP");
                List<String> recipients = new ArrayList<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (command) {
                        case "EHLO" -> reply(out, "250-loopback\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        case "HELO", "NOOP" -> reply(out, "250 OK");
                        case "MAIL", "RSET" -> {
                            recipients.clear();
                            reply(out, "250 OK");
                        }
                        case "RCPT" -> {
                            String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                            if (refused.contains(address)) {
                                reply(out, "550 5.1.1 <" + address + ">: no such mailbox here");
                            } else {
                                recipients.add(address);
                                reply(out, "250 OK");
                            }
                        }
                        case "DATA" -> {
                            if (recipients.isEmpty()) {
                                reply(out, "503 5.5.1 no valid recipients");
                                continue;
                            }
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            StringBuilder data = new StringBuilder();
                            for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                                data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                            }
                            received.add(new Received(List.copyOf(recipients), data.toString()));
                            recipients.clear();
                            reply(out, "250 2.0.0 queued");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "502 5.5.2 not implemented");
                    }
                }
            } catch (IOException e) {
                // the client or close() hung up
            } finally {
                open.remove(client);
            }
        }

        private static void reply(OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
            for (Socket client : open) {
                try {
                    client.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }

    private static final class NoDelayGreenMail extends GreenMail {
        NoDelayGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = super.createServices(config, managers);
            services.replaceAll((protocol, server) -> server instanceof SmtpServer
                    ? new NoDelaySmtpServer(server.getServerSetup(), managers) : server);
            return services;
        }
    }

    private static final class NoDelaySmtpServer extends SmtpServer {
        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            try {
                client.setTcpNoDelay(true);
            } catch (SocketException e) {
                throw new IllegalStateException("cannot set TCP_NODELAY on an SMTP connection", e);
            }
            return super.createProtocolHandler(client);
        }
    }
}
