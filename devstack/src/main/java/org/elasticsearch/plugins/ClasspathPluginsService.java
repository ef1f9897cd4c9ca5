package org.elasticsearch.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * Loads plugins from classes on the classpath instead of a distribution's plugin folders. It lives in
 * Elasticsearch's package because {@code LoadedPlugin} and {@code loadPlugin} are package-private;
 * modelled on the test framework's {@code MockPluginsService}, which we do not depend on.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        this.classpathPlugins = pluginClasses.stream().map(pluginClass -> {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(pluginClass.getName(), "classpath plugin", "NA",
                    Build.current().version(), Integer.toString(Runtime.version().feature()), pluginClass.getName(), null,
                    List.of(), false, false, false, false);
            return new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader());
        }).toList();
        loadExtensions(classpathPlugins);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }
}
