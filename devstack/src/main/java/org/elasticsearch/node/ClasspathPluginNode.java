package org.elasticsearch.node;

import java.util.Collection;
import java.util.Map;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real Elasticsearch node whose plugins are classes on the classpath (transport-netty4 for HTTP, our
 * analysis plugin). Placed in Elasticsearch's package for the package-private construction API.
 */
public class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
                null,
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
                        return new ClasspathPluginsService(environment.settings(), environment, plugins);
                    }
                },
                true));
    }

    /** A no-op: the listener is process-global and makes a second node in the same JVM fail. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
}
