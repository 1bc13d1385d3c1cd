package io.tenure.outreach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on 127.0.0.1 that speaks the protocol up to the end of DATA, takes the whole message, and
 * then never sends its final "250 OK": the window where a client cannot know whether the mail went out.
 */
final class SilentAfterDataSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    final AtomicInteger messagesReceived = new AtomicInteger();
    private final Thread thread;

    SilentAfterDataSmtpServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        thread = new Thread(this::serve, "silent-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // the client gave up (its read timed out) or the test closed the server
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 silent.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 silent.test");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message
                }
                messagesReceived.incrementAndGet();
                // The whole message is here; the answer never comes. Wait until the client hangs up.
                while (in.readLine() != null) {
                    // nothing
                }
                return;
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
