package io.grantflow.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One Grantflow node as a separate JVM (java -cp ... io.grantflow.GrantflowApplication --key=value ...), so that a
 * test can kill it as a crash would (kill -9) and start it again on the same database. Its output goes to a log file.
 */
public final class AppNode implements AutoCloseable {

    private static final String MAIN_CLASS = "io.grantflow.GrantflowApplication";

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private AppNode(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node in workDir (where a relative H2 path such as ./data lands) and waits until it answers.
     * properties become --key=value arguments, which win over application.yaml.
     */
    public static AppNode start(String name, Path workDir, List<String> jvmOptions, Map<String, String> properties, Duration startTimeout)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), MAIN_CLASS, "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        AppNode node = new AppNode(name, process, port, log);
        long started = System.nanoTime();
        node.awaitUp(startTimeout);
        System.out.printf("%s up in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
        return node;
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no flush, connections cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A clean stop (SIGTERM), forced after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ApiClient api = api();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (api.get("/actuator/health", null, null).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log);
    }

    /** The test class path: Surefire sets java.class.path; exec:java runs us in a class loader of its own. */
    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(AppNode::file).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Paths.get(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
