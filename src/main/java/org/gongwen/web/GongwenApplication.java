package org.gongwen.web;

import org.gongwen.flow.Gongwen;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The HTTP service: API, clerk UI and portal pages. Started by {@code gongwen serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongwenApplication {
    public static void start(String[] args) {
        SpringApplication.run(GongwenApplication.class, args);
    }

    /** The one flow of the process, shared by every request. */
    @Bean
    Gongwen gongwen() {
        return new Gongwen();
    }
}
