package dev.newspipe.testkit;

import dev.newspipe.devstack.DevStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real broker, Elasticsearch node and schema registry per test JVM, on free ports, the first time
 * a test asks for it, and stops it when the JVM's tests are done. Tests take a {@link DevStack} parameter
 * and use their own topics and indices ({@link TestNames}), so they never see each other's data.
 */
public final class EmbeddedStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DevStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedStack.class, k -> new SharedStack(), SharedStack.class)
                .stack;
    }

    /** Closed by JUnit when the root context closes, at the end of the JVM's tests. */
    private static final class SharedStack implements ExtensionContext.Store.CloseableResource {
        private final Path dataDir;
        private final DevStack stack;

        SharedStack() {
            try {
                dataDir = Files.createTempDirectory("newspipe-it-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stack = DevStack.start(DevStack.Options.ephemeral(dataDir));
        }

        @Override
        public void close() throws IOException {
            stack.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
