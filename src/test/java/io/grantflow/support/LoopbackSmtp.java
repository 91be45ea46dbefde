package io.grantflow.support;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

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
 */
public final class LoopbackSmtp {

    private LoopbackSmtp() {
    }

    /** Starts a server on the port (0 for any free one). */
    public static GreenMail start(int port) {
        GreenMail mail = new NoDelayGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
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
