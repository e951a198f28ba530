package ru.mentoring.e2e;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser itself measured of the page it shows: the Navigation Timing of the last load and
 * the scripts and stylesheets it fetched (Resource Timing).
 */
final class PageMetrics {

    /** The pages' budget of scripts and styles together (the web application's rule: at most 500 KB a page). */
    static final long SCRIPTS_AND_STYLES_BUDGET = 500 * 1024;

    private PageMetrics() {
    }

    /**
     * @param ttfbMs     request start to the first byte of the HTML
     * @param domReadyMs navigation start to DOMContentLoaded's end (deferred scripts have run)
     * @param loadMs     navigation start to the load event's end
     */
    record Timing(double ttfbMs, double domReadyMs, double loadMs, long htmlBytes) {
    }

    static Timing timing(ChromeDriver driver) {
        WebSession.await(driver).until(d -> ((Number) driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0")).doubleValue() > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> n = (Map<String, Object>) driver.executeScript("""
                var n = performance.getEntriesByType('navigation')[0];
                return {ttfb: n.responseStart - n.requestStart, dom: n.domContentLoadedEventEnd - n.startTime,
                        load: n.loadEventEnd - n.startTime, html: n.decodedBodySize};""");
        return new Timing(number(n.get("ttfb")), number(n.get("dom")), number(n.get("load")), (long) number(n.get("html")));
    }

    /**
     * The scripts and stylesheets of the page, by their decoded size (what the browser holds; the
     * wire may carry less when compressed, and nothing when cached, so this is the stricter measure).
     */
    static long scriptsAndStylesBytes(ChromeDriver driver) {
        return ((Number) driver.executeScript("""
                return performance.getEntriesByType('resource')
                    .filter(function (e) { return e.initiatorType === 'script' || e.initiatorType === 'link'
                        || e.initiatorType === 'css' || /\\.(js|css)(\\?|$)/.test(e.name); })
                    .reduce(function (sum, e) { return sum + Math.max(e.decodedBodySize || 0, e.transferSize || 0); }, 0);""")).longValue();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
