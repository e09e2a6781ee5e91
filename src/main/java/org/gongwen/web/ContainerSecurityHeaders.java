package org.gongwen.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The security headers also on answers Tomcat gives by itself, before the application sees the
 * request (a malformed URL, an encoded slash): an engine valve sets them first, so even Tomcat's
 * own error page carries them. {@link SecurityHeadersFilter} keeps them for the application.
 */
@Component
public class ContainerSecurityHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                response.setHeader("Content-Security-Policy", SecurityHeadersFilter.CSP);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                getNext().invoke(request, response);
            }
        });
    }
}
