package io.tenure.bench.slack;

import io.tenure.chat.slack.SlackAdapter;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One kept-alive HTTP/1.1 connection to {@code POST /slack/events}, for the benchmark. A bare socket
 * rather than an HTTP client library: the client shares the machine's cores with the server measured,
 * so it should cost as little as possible.
 */
final class SlackConnection implements AutoCloseable {
    private final int port;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    SlackConnection(int port) throws IOException {
        this.port = port;
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    /** The bytes of a request signed as Slack signs it, timestamped now. */
    byte[] signedPost(String body, String secret) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + SlackAdapter.EVENTS_PATH + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "X-Slack-Request-Timestamp: " + ts + "\r\n"
                + "X-Slack-Signature: " + signature(secret, ts, body) + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        return request;
    }

    /** Slack's v0 request signature; computed here so Slack's types stay inside the Slack adapter. */
    private static String signature(String secret, String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request and reads the whole response; returns its status code. */
    int exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        int length = 0;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                in.readNBytes(size);
                line();
            }
            line();
        } else {
            in.readNBytes(length);
        }
        return status;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
