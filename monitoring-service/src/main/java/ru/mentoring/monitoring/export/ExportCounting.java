package ru.mentoring.monitoring.export;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import ru.mentoring.monitoring.metrics.MonitoringMetrics;

/**
 * Counts the XLSX exports of the tables ({@code monitoring.reports.generated{report="export",format="xlsx"}}):
 * every {@link Workbooks} answer except the reports', which the report feature counts itself.
 */
@ControllerAdvice
class ExportCounting implements ResponseBodyAdvice<Object> {

    private final MonitoringMetrics metrics;

    ExportCounting(MonitoringMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof byte[] && Workbooks.XLSX_TYPE.equalsTypeAndSubtype(selectedContentType)
                && !request.getURI().getPath().startsWith("/api/monitoring/reports/")) {
            metrics.reportGenerated("export", "xlsx");
        }
        return body;
    }
}
