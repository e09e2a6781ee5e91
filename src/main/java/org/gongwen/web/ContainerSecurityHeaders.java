package org.gongwen.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
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
        // "100 Continue" only once the application reads the body: a request refused before that (too
        // large, no admin token) is answered without its body ever being sent by a client that asked
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
        // the host is not started yet when contexts are customised: it installs this valve when it starts
        factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
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
