package org.gongwen.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The HTTP service: API, clerk UI and portal pages. Started by {@code gongwen serve}. */
@SpringBootApplication
public class GongwenApplication {
    public static void start(String[] args) {
        SpringApplication.run(GongwenApplication.class, args);
    }
}
