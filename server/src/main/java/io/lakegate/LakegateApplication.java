package io.lakegate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LakegateApplication {

    public static void main(String[] args) {
        SpringApplication.run(LakegateApplication.class, args);
    }
}
