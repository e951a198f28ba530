package ru.mentoring.index.data;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the retention job of data sets. */
@Configuration
@EnableScheduling
class DataSetScheduling {
}
