package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NestingTest {

    /** n tables, each with a function referring to it every way a template can; a condition; outputs. */
    private static Template big(int n) {
        Template t = new Template("big");
        t.parameter("Stage", YamlMap.of("Type", "String"));
        t.parameter("Unused", YamlMap.of("Type", "String"));
        t.condition("IsProd", Fn.equalsTo(Fn.ref("Stage"), "prod"));
        t.condition("IsProdToo", YamlMap.of("Fn::And", YamlList.of(YamlMap.of("Condition", "IsProd"),
                Fn.equalsTo(Fn.ref("Stage"), "prod"))));
        t.add("Vpc", "AWS::EC2::VPC", YamlMap.of("CidrBlock", "10.0.0.0/16"));
        t.add("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", YamlMap.of("Name", "lb"));
        for (int i = 0; i < n; i++) {
            t.add("Table" + i, "AWS::DynamoDB::Table", YamlMap.of("TableName", Fn.sub("t" + i + "-${Stage}")))
                    .keep(Resource.Policy.Retain);
            t.add("Function" + i, "AWS::Lambda::Function", YamlMap.of(
                    "Role", Fn.getAtt("Vpc", "VpcId"),
                    "Environment", YamlMap.of("Variables", YamlMap.of(
                            "TABLE", Fn.ref("Table" + i),
                            "ARN", Fn.getAtt("Table" + i, "Arn"),
                            "GROUPS", Fn.join(",", List.of(Fn.getAtt("Lb", "SecurityGroups"))),
                            "SUB", Fn.sub("${Table" + i + ".Arn}/index/*-${AWS::Region}-${!Literal}"),
                            "OWN", Fn.sub("${X}-${Table0}", Map.of("X", Fn.ref("Stage"))),
                            "SIZE", Fn.ifThen("IsProdToo", 1024, Fn.NO_VALUE)))))
                    .dependsOn("Table" + i).dependsOn("Vpc");
        }
        t.add("Late", "AWS::SNS::Topic", new YamlMap()).condition("IsProd");
        t.output("FirstArn", "first", Fn.getAtt("Table0", "Arn"), null);
        t.output("LateArn", "late", Fn.ref("Late"), Fn.sub("${AWS::StackName}-late"));
        return t;
    }

    @Test
    void aTemplateWithinTheLimitIsOneFile() {
        Template t = big(10);
        assertThat(Nesting.split(t.toTree(), "template.yaml", Nesting.PART_RESOURCES))
                .extracting(Nesting.File::name).containsExactly("template.yaml");
    }

    @Test
    void aLargeTemplateIsAParentOfPartsEachWithinTheLimitsAndReferringOnlyToEarlierParts() {
        Template t = big(600); // 1,203 resources
        List<Nesting.File> files = Nesting.split(t.toTree(), "template.yaml", Nesting.PART_RESOURCES);
        assertThat(files).extracting(Nesting.File::name).containsExactly("template.yaml", "template-part-1.yaml",
                "template-part-2.yaml", "template-part-3.yaml", "template-part-4.yaml");
        YamlMap parent = files.get(0).template();
        YamlMap stacks = (YamlMap) parent.get("Resources");
        assertThat(stacks.keys()).containsExactly("Part1", "Part2", "Part3", "Part4");
        int total = 0;
        for (int i = 1; i < files.size(); i++) {
            YamlMap part = files.get(i).template();
            YamlMap resources = (YamlMap) part.get("Resources");
            total += resources.size();
            assertThat(resources.size()).isLessThanOrEqualTo(Template.MAX_RESOURCES);
            assertThat(size(part, "Parameters")).isLessThanOrEqualTo(Nesting.MAX_PARAMETERS);
            assertThat(size(part, "Outputs")).isLessThanOrEqualTo(Nesting.MAX_OUTPUTS);
            // every name the part uses is its own (resource, parameter, condition) or a pseudo parameter
            Set<String> used = new TreeSet<>();
            Nesting.collect(resources, used);
            Nesting.collect(part.get("Outputs") == null ? new YamlMap() : part.get("Outputs"), used);
            used.removeIf(u -> u.startsWith("AWS::"));
            Set<String> declared = new TreeSet<>(resources.keys());
            declared.addAll(keys(part, "Parameters"));
            assertThat(declared).containsAll(used);
            for (Object r : resources.entries().values()) {
                Object c = ((YamlMap) r).get("Condition");
                if (c != null) {
                    assertThat(keys(part, "Conditions")).contains((String) c);
                }
            }
            // the parent passes exactly the part's parameters, each from an earlier part's output or its own
            YamlMap passed = (YamlMap) ((YamlMap) ((YamlMap) stacks.get("Part" + i)).get("Properties")).get("Parameters");
            assertThat(passed == null ? Set.of() : Set.copyOf(passed.keys())).isEqualTo(Set.copyOf(keys(part, "Parameters")));
            if (passed != null) {
                for (Object v : passed.entries().values()) {
                    YamlMap m = (YamlMap) v;
                    if (m.get("Fn::GetAtt") instanceof YamlList l) {
                        int from = Integer.parseInt(((String) l.get(0)).substring(4));
                        assertThat(from).isLessThan(i);
                        String output = ((String) l.get(1)).substring("Outputs.".length());
                        assertThat(keys(files.get(from).template(), "Outputs")).contains(output);
                    } else {
                        assertThat(keys(parent, "Parameters")).contains((String) m.get("Ref"));
                    }
                }
            }
        }
        assertThat(total).isEqualTo(1203);
        assertThat(keys(files.get(1).template(), "Parameters")).doesNotContain("Unused");
        // the parent's outputs come from the parts, exports kept
        YamlMap outputs = (YamlMap) parent.get("Outputs");
        assertThat(((YamlMap) outputs.get("LateArn")).get("Value")).isEqualTo(Fn.getAtt("Part4", "Outputs.Late"));
        assertThat(((YamlMap) outputs.get("LateArn")).get("Export")).isNotNull();
        assertThat(keys(files.get(4).template(), "Outputs")).contains("Late");
        assertThat(keys(files.get(4).template(), "Conditions")).containsExactly("IsProd", "IsProdToo");
    }

    @Test
    void everyResourceReadsBackAsItWasOnceTheValuesFromEarlierPartsAreSubstituted() {
        Template t = big(600);
        YamlMap original = (YamlMap) t.toTree().get("Resources");
        List<Nesting.File> files = Nesting.split(t.toTree(), "template.yaml", Nesting.PART_RESOURCES);
        YamlMap stacks = (YamlMap) files.get(0).template().get("Resources");
        for (int i = 1; i < files.size(); i++) {
            // what each imported parameter stands for: the output value of the part it comes from
            Map<String, Object> meaning = new HashMap<>();
            YamlMap passed = (YamlMap) ((YamlMap) ((YamlMap) stacks.get("Part" + i)).get("Properties")).get("Parameters");
            for (Map.Entry<String, Object> e : passed.entries().entrySet()) {
                if (((YamlMap) e.getValue()).get("Fn::GetAtt") instanceof YamlList l) {
                    YamlMap from = (YamlMap) files.get(Integer.parseInt(((String) l.get(0)).substring(4))).template().get("Outputs");
                    Object value = ((YamlMap) from.get(((String) l.get(1)).substring(8))).get("Value");
                    meaning.put(e.getKey(), value instanceof YamlMap m && m.containsKey("Fn::Join")
                            ? ((YamlList) ((YamlList) m.get("Fn::Join")).get(1)).get(0) : value);
                }
            }
            YamlMap resources = (YamlMap) files.get(i).template().get("Resources");
            for (Map.Entry<String, Object> e : resources.entries().entrySet()) {
                YamlMap back = (YamlMap) restore(e.getValue(), meaning);
                YamlMap was = ((YamlMap) original.get(e.getKey())).copy();
                back.remove("DependsOn");
                was.remove("DependsOn");
                assertThat(back).as(e.getKey()).isEqualTo(was);
            }
        }
    }

    @Test
    void partsEndBeforeTheyWouldGiveLaterPartsMoreOutputsThanCloudFormationAllows() {
        // every table first, every function after: cut by size alone, the first part would give 800 values
        Template t = new Template("data first");
        for (int i = 0; i < 400; i++) {
            t.add("Table" + i, "AWS::DynamoDB::Table", YamlMap.of("TableName", "t" + i));
        }
        for (int i = 0; i < 400; i++) {
            t.add("Function" + i, "AWS::Lambda::Function", YamlMap.of("Environment", YamlMap.of("Variables", YamlMap.of(
                    "NAME", Fn.ref("Table" + i), "ARN", Fn.getAtt("Table" + i, "Arn")))));
        }
        List<Nesting.File> files = Nesting.split(t.toTree(), "template.yaml", Nesting.PART_RESOURCES);
        int resources = 0;
        for (Nesting.File f : files.subList(1, files.size())) {
            assertThat(size(f.template(), "Outputs")).as(f.name()).isLessThanOrEqualTo(Nesting.MAX_OUTPUTS);
            assertThat(size(f.template(), "Parameters")).as(f.name()).isLessThanOrEqualTo(Nesting.MAX_PARAMETERS);
            resources += ((YamlMap) f.template().get("Resources")).size();
        }
        assertThat(resources).isEqualTo(800);
    }

    @Test
    void aCycleIsRefused() {
        YamlMap resources = YamlMap.of("A", YamlMap.of("Type", "AWS::SQS::Queue", "Properties", YamlMap.of("X", Fn.ref("B"))),
                "B", YamlMap.of("Type", "AWS::SQS::Queue", "Properties", YamlMap.of("X", Fn.getAtt("A", "Arn"))));
        assertThatThrownBy(() -> Nesting.dependencyOrder(resources)).hasMessageContaining("cycle").hasMessageContaining("A");
    }

    private static final Pattern VAR = Pattern.compile("\\$\\{([^!}][^}]*)}");

    /** The inverse of the split's rewriting: imported parameters replaced by what they stand for. */
    private static Object restore(Object v, Map<String, Object> meaning) {
        if (v instanceof YamlMap m) {
            if (m.size() == 1 && m.get("Ref") instanceof String id && meaning.containsKey(id)) {
                return ((YamlMap) meaning.get(id)).copy();
            }
            if (m.size() == 1 && m.get("Fn::Sub") instanceof YamlList l) {
                YamlMap vars = ((YamlMap) l.get(1)).copy();
                String text = (String) l.get(0);
                Matcher mt = VAR.matcher(text);
                StringBuilder b = new StringBuilder();
                while (mt.find()) {
                    Object value = vars.get(mt.group(1));
                    Object stands = value instanceof YamlMap vm && vm.get("Ref") instanceof String id ? meaning.get(id) : null;
                    if (stands instanceof YamlMap sm) {
                        vars.remove(mt.group(1));
                        String name = sm.get("Ref") instanceof String r ? r
                                : ((YamlList) sm.get("Fn::GetAtt")).get(0) + "." + ((YamlList) sm.get("Fn::GetAtt")).get(1);
                        mt.appendReplacement(b, Matcher.quoteReplacement("${" + name + "}"));
                    } else {
                        mt.appendReplacement(b, Matcher.quoteReplacement(mt.group()));
                    }
                }
                mt.appendTail(b);
                YamlMap restoredVars = (YamlMap) restore(vars, meaning);
                return restoredVars.isEmpty() ? Fn.sub(b.toString()) : YamlMap.of("Fn::Sub", YamlList.of(b.toString(), restoredVars));
            }
            YamlMap out = new YamlMap();
            m.entries().forEach((k, x) -> out.put(k, restore(x, meaning)));
            return out;
        }
        if (v instanceof YamlList l) {
            YamlList out = new YamlList();
            l.items().forEach(x -> out.add(restore(x, meaning)));
            return out;
        }
        return v;
    }

    private static int size(YamlMap t, String section) {
        return keys(t, section).size();
    }

    private static List<String> keys(YamlMap t, String section) {
        return t.get(section) instanceof YamlMap m ? m.keys() : List.of();
    }
}
