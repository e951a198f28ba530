package ru.mentoring.registry.statistics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantRepository;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/** Counts per school, never names: what a department viewer may read. */
@RestController
@RequestMapping("/api/registry/statistics")
public class StatisticsController {

    public record SchoolCounts(String schoolCode, String shortName, Map<ParticipantKind, Long> participants) {
    }

    private final SchoolService schools;
    private final ParticipantRepository participants;

    public StatisticsController(SchoolService schools, ParticipantRepository participants) {
        this.schools = schools;
        this.participants = participants;
    }

    @GetMapping("/schools")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    @Transactional(readOnly = true)
    public List<SchoolCounts> perSchool() {
        List<School> visible = schools.visibleTo(CurrentCaller.get());
        Map<String, Map<ParticipantKind, Long>> counts = new LinkedHashMap<>();
        visible.forEach(s -> counts.put(s.getCode(), zeroes()));
        if (!visible.isEmpty()) {
            participants.countBySchoolAndKind(visible.stream().map(School::getCode).toList())
                    .forEach(c -> counts.get(c.getSchoolCode()).put(c.getKind(), c.getTotal()));
        }
        return visible.stream().map(s -> new SchoolCounts(s.getCode(), s.getShortName(), counts.get(s.getCode()))).toList();
    }

    private static Map<ParticipantKind, Long> zeroes() {
        Map<ParticipantKind, Long> m = new EnumMap<>(ParticipantKind.class);
        for (ParticipantKind k : ParticipantKind.values()) {
            m.put(k, 0L);
        }
        return m;
    }
}
