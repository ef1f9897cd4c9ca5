package dev.newspipe.registry;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import dev.newspipe.config.Tls;
import java.util.Optional;

/** Picks the registry a service talks to from its configuration. */
public final class SchemaRegistries {

    /** URL scheme for a registry that lives in this JVM only (tests, offline tools). */
    public static final String IN_MEMORY = "mem://";

    private SchemaRegistries() {}

    public static SchemaRegistry from(Config config) {
        String url = config.require(CommonSettings.SCHEMA_REGISTRY_URL);
        if (url.startsWith(IN_MEMORY)) {
            return new InMemorySchemaRegistry();
        }
        java.nio.file.Path ca = config.get(CommonSettings.SCHEMA_REGISTRY_CA_CERT);
        return new RestSchemaRegistry(url, Optional.ofNullable(config.get(CommonSettings.SCHEMA_REGISTRY_USER_INFO)),
                new RestSchemaRegistry.Options(config.require(CommonSettings.SCHEMA_REGISTRY_AUTO_REGISTER),
                        config.require(CommonSettings.SCHEMA_REGISTRY_USE_LATEST), ca == null ? null : Tls.trusting(ca)));
    }
}
