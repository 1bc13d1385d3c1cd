package io.tenure.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain SMTP server on 127.0.0.1 that a test can tell to stall a transfer at a known point, so the client
 * process can be killed there. While {@link #stalling()}, a message to a recipient containing {@link #HOLD}
 * gets no "354" after DATA (the message is never handed over: the client waits, its last command unanswered),
 * and one to a recipient containing {@link #SILENT} is read to its final "." and never answered (the server
 * holds the whole message, the client cannot know). Every other message, and every message once
 * {@link #release()} was called, is accepted with "250". Keeps each message it holds (accepted or silent).
 */
public final class StallingSmtpServer implements AutoCloseable {
    public static final String HOLD = "hold-before-end";
    public static final String SILENT = "silent-after-end";

    /** A message the server holds in full: the recipients, its Message-ID, and whether it was answered 250. */
    public record Received(List<String> recipients, String messageId, boolean confirmed) {
    }

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "stalling-smtp");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> held = new CopyOnWriteArrayList<>();
    private volatile boolean stalling = true;

    public StallingSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "stalling-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public boolean stalling() {
        return stalling;
    }

    /** From now on every message is accepted at once. */
    public void release() {
        stalling = false;
    }

    /** Messages whose whole text reached the server, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** How many messages to a recipient containing {@code part} reached the server in full. */
    public long receivedFor(String part) {
        return received.stream().filter(r -> r.recipients().stream().anyMatch(to -> to.contains(part))).count();
    }

    /** Recipients whose transfer is held before the end of DATA (a client waits for the 354 now). */
    public List<String> held() {
        return List.copyOf(held);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException e) {
                // closed by the test
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 stalling.test ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 stalling.test");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipients.add(line.substring("RCPT TO:".length()).strip().toLowerCase(Locale.ROOT));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    boolean stall = stalling;
                    if (stall && recipients.stream().anyMatch(to -> to.contains(HOLD))) {
                        held.addAll(recipients);
                        // No 354: the client never sends the message. Wait until it hangs up (or is killed).
                        while (in.readLine() != null) {
                            // nothing
                        }
                        return;
                    }
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    String messageId = "";
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (messageId.isEmpty() && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messageId = line.substring(11).strip();
                        }
                    }
                    if (line == null) {
                        return; // cut off before the end of DATA: no message, as a real server discards it
                    }
                    boolean silent = stall && recipients.stream().anyMatch(to -> to.contains(SILENT));
                    received.add(new Received(List.copyOf(recipients), messageId, !silent));
                    if (silent) {
                        while (in.readLine() != null) {
                            // The whole message is here; the answer never comes.
                        }
                        return;
                    }
                    reply(out, "250 OK queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
