package ru.mentoring.web.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.PublicGatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.questionnaire.Questionnaire.Answer;
import ru.mentoring.web.questionnaire.Questionnaire.Answers;
import ru.mentoring.web.questionnaire.Questionnaire.Item;

/**
 * {@code /q/{token}}: the questionnaire behind a personal link, its submission, and the pages for a
 * link that cannot be answered. An unknown and an expired link get the same page and status, so that
 * links cannot be probed; a used one says so. The token is never logged and never leaves for
 * anything but the platform (no third-party resource on these pages, no referrer).
 */
@Controller
class QuestionnairePages {

    static final String FIELD_PREFIX = "a_";
    private static final String API = "/api/monitoring/public/answers/{token}";
    private static final String PAGE = "questionnairePage";

    private final PublicGatewayClient gateway;

    QuestionnairePages(PublicGatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/q/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        return load(token, model, response).map(questionnaire -> {
            model.addAttribute("q", questionnaire);
            model.addAttribute("typed", Map.of());
            return "questionnaire/form";
        }).orElseGet(() -> (String) model.getAttribute(PAGE));
    }

    @PostMapping("/q/{token}")
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields, Model model,
            HttpServletResponse response) {
        Optional<Questionnaire> loaded = load(token, model, response);
        if (loaded.isEmpty()) {
            return (String) model.getAttribute(PAGE);
        }
        Questionnaire questionnaire = loaded.get();
        Map<String, String> typed = typed(questionnaire, fields);
        try {
            gateway.post(Void.class, new Answers(answers(questionnaire, typed)), API, token);
        } catch (NotFoundException e) {
            return unavailable(response);
        } catch (ServiceException e) {
            if (e.problem().status() == 422) {
                response.setStatus(422);
                model.addAttribute("q", questionnaire);
                model.addAttribute("typed", typed);
                model.addAttribute("problem", e.problem());
                return "questionnaire/form";
            }
            return refused(e.problem(), response);
        } catch (ResourceAccessException e) {
            return later(response);
        }
        // the thank-you page has no token in its address: reloading it sends nothing again
        return "redirect:/q/done";
    }

    /**
     * The questionnaire behind the link; when there is none to answer, empty, with the page that
     * says why (and its status) left in the model under {@link #PAGE}.
     */
    private Optional<Questionnaire> load(String token, Model model, HttpServletResponse response) {
        String page;
        try {
            return Optional.of(gateway.get(Questionnaire.class, API, token));
        } catch (NotFoundException e) {
            page = unavailable(response);
        } catch (ServiceException e) {
            page = refused(e.problem(), response);
        } catch (ResourceAccessException e) {
            page = later(response);
        }
        model.addAttribute(PAGE, page);
        return Optional.empty();
    }

    @GetMapping("/q/done")
    String done() {
        return "questionnaire/done";
    }

    /** What the person chose or wrote, by item key, to show again when the service refused the form. */
    static Map<String, String> typed(Questionnaire questionnaire, MultiValueMap<String, String> fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            String value = fields.getFirst(FIELD_PREFIX + item.key());
            if (value != null && !value.isBlank()) {
                typed.put(item.key(), value.strip());
            }
        }
        return typed;
    }

    /**
     * The answers as the service takes them: a scale as a number, yes/no as a boolean, the rest as
     * text. Anything else is passed on as typed, so that the service's own reason is shown.
     */
    static List<Answer> answers(Questionnaire questionnaire, Map<String, String> typed) {
        List<Answer> answers = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            String value = typed.get(item.key());
            if (value == null) {
                continue;
            }
            Object converted = value;
            if (item.scaleItem() && value.matches("\\d{1,2}")) {
                converted = Integer.parseInt(value);
            } else if (item.yesNoItem() && (value.equals("true") || value.equals("false"))) {
                converted = Boolean.parseBoolean(value);
            }
            answers.add(new Answer(item.key(), converted));
        }
        return answers;
    }

    private static String unavailable(HttpServletResponse response) {
        response.setStatus(404);
        return "questionnaire/unavailable";
    }

    private static String refused(ServiceProblem problem, HttpServletResponse response) {
        if (problem.status() == 410 && problem.message().contains("использована")) {
            response.setStatus(410);
            return "questionnaire/used";
        }
        if (problem.status() == 410) {
            // expired: the very page of an unknown link
            return unavailable(response);
        }
        return later(response);
    }

    private static String later(HttpServletResponse response) {
        response.setStatus(503);
        return "questionnaire/later";
    }
}
