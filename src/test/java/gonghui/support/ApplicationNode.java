package gonghui.support;

import gonghui.GonghuiApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started in this JVM on a given database, as one node of a cluster: the test profile's keys,
 * no demo data, a random port, plus the given {@code name=value} properties.
 */
public final class ApplicationNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ApplicationNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ApplicationNode start(String jdbcUrl, String user, String password, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--gonghui.demo=false"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new ApplicationNode(new SpringApplicationBuilder(GonghuiApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
