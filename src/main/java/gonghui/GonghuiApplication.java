package gonghui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GonghuiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GonghuiApplication.class, args);
    }
}
