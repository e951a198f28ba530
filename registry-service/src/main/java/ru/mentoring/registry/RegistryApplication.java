package ru.mentoring.registry;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }

    /** "Today" is the district's day (orders, consents and programme dates are calendar dates there). */
    @Bean
    Clock clock(@Value("${registry.zone:Europe/Moscow}") ZoneId zone) {
        return Clock.system(zone);
    }
}
