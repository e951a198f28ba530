package ru.mentoring.index;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SchoolIndexApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolIndexApplication.class, args);
    }
}
