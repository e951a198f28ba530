package ru.mentoring.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail sink for the demo district and the end-to-end tests: the smallest SMTP server that takes
 * every message Keycloak sends (the invitations of mentors' and mentees' own accounts) and writes it
 * to {@code <data folder>/mail/<n>.eml}, sending nothing on. Loopback only, no authentication, no
 * TLS: it exists so that an invitation can be seen without a real mail server.
 */
final class MailSink implements AutoCloseable {

    private final ServerSocket server;
    private final Path folder;
    private final AtomicLong counter = new AtomicLong();
    private final Thread acceptor;

    private MailSink(ServerSocket server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.acceptor = Thread.ofVirtual().name("mail-sink").start(this::accept);
    }

    static MailSink start(int port, Path folder) throws IOException {
        Files.createDirectories(folder);
        ServerSocket server = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
        return new MailSink(server, folder);
    }

    int port() {
        return server.getLocalPort();
    }

    Path folder() {
        return folder;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().name("mail-sink-session").start(() -> session(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("mail sink: " + e);
                }
            }
        }
    }

    /** One SMTP conversation: enough of RFC 5321 for a client that sends plain mail (no AUTH, no STARTTLS). */
    private void session(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 mentoring mail sink");
            StringBuilder envelope = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line.toUpperCase(java.util.Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 mentoring mail sink");
                    case "MAIL" -> {
                        envelope.setLength(0);
                        envelope.append("X-Envelope-From: ").append(line.substring(line.indexOf(':') + 1).strip()).append("\r\n");
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        envelope.append("X-Envelope-To: ").append(line.substring(line.indexOf(':') + 1).strip()).append("\r\n");
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder message = new StringBuilder(envelope);
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                        }
                        write(message.toString());
                        reply(out, "250 OK: kept in " + folder);
                    }
                    case "RSET", "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    // RFC 5321's answer to a command this sink has no use for (VRFY, EXPN, TURN...): the client goes on
                    default -> reply(out, "502 5.5.1 Unrecognized command");
                }
            }
        } catch (IOException e) {
            // a client that went away: nothing to keep
        }
    }

    private void write(String message) {
        try {
            Path file = folder.resolve("%d-%04d.eml".formatted(System.currentTimeMillis(), counter.incrementAndGet()));
            Files.writeString(file, message, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        acceptor.interrupt();
    }
}
