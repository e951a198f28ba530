package ru.mentoring.platform.test;

import java.time.Duration;

import ru.mentoring.platform.client.ServiceClientProperties;
import ru.mentoring.platform.client.ServiceClients;

/** {@link ServiceClients} whose every service is a local stand-in, without a token, as a unit test needs. */
public final class TestServiceClients {

    private TestServiceClients() {
    }

    /** Every service name resolves to {@code url}; ten seconds of patience (a loaded build machine is slow), one retry of a failed read. */
    public static ServiceClients at(String url) {
        return new ServiceClients(name -> url, new ServiceClientProperties(Duration.ofSeconds(10), 1, null), null);
    }
}
