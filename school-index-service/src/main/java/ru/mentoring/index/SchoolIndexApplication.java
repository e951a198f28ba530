package ru.mentoring.index;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SchoolIndexApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolIndexApplication.class, args);
    }
}
