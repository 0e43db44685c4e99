// Command schema-gen writes strict JSON schemas (draft 2020-12) for the Kubernetes kinds Liaison's
// manifests use, reflected from the Go API types of k8s.io/api — the types the API server itself
// decodes into — so kubeconform validates offline (it downloads schemas by default).
// File names follow kubeconform's schema-location template
// `{{ .ResourceKind }}{{ .KindSuffix }}.json`, e.g. deployment-apps-v1.json.
//
//	go run . <out-dir>
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// kind: the Go type, its apiVersion and kind.
type kind struct {
	object     any
	apiVersion string
	kind       string
}

var kinds = []kind{
	{&corev1.Namespace{}, "v1", "Namespace"},
	{&corev1.ConfigMap{}, "v1", "ConfigMap"},
	{&corev1.Secret{}, "v1", "Secret"},
	{&corev1.Service{}, "v1", "Service"},
	{&corev1.ServiceAccount{}, "v1", "ServiceAccount"},
	{&corev1.PersistentVolumeClaim{}, "v1", "PersistentVolumeClaim"},
	{&appsv1.Deployment{}, "apps/v1", "Deployment"},
	{&appsv1.StatefulSet{}, "apps/v1", "StatefulSet"},
	{&autoscalingv2.HorizontalPodAutoscaler{}, "autoscaling/v2", "HorizontalPodAutoscaler"},
	{&policyv1.PodDisruptionBudget{}, "policy/v1", "PodDisruptionBudget"},
	{&networkingv1.NetworkPolicy{}, "networking.k8s.io/v1", "NetworkPolicy"},
	{&networkingv1.Ingress{}, "networking.k8s.io/v1", "Ingress"},
}

// Kubernetes' quantity grammar (k8s.io/apimachinery/pkg/api/resource), as the OpenAPI document has it.
const quantityPattern = `^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$`

// Types with their own JSON encoding (MarshalJSON), described as they appear on the wire.
func wireSchema(t reflect.Type) *jsonschema.Schema {
	switch t {
	case reflect.TypeOf(resource.Quantity{}):
		return &jsonschema.Schema{OneOf: []*jsonschema.Schema{{Type: "string", Pattern: quantityPattern}, {Type: "number"}}}
	case reflect.TypeOf(intstr.IntOrString{}):
		return &jsonschema.Schema{OneOf: []*jsonschema.Schema{{Type: "string"}, {Type: "integer"}}}
	case reflect.TypeOf(metav1.Time{}), reflect.TypeOf(metav1.MicroTime{}):
		return &jsonschema.Schema{Type: "string", Format: "date-time"}
	case reflect.TypeOf(metav1.Duration{}):
		return &jsonschema.Schema{Type: "string"}
	case reflect.TypeOf(runtime.RawExtension{}), reflect.TypeOf(metav1.FieldsV1{}):
		return &jsonschema.Schema{Type: "object"}
	}
	return nil
}

// Definition names carry the package path: core/v1 and meta/v1 both have e.g. a `Condition`-like type.
// Unnamed types (maps, slices, pointers) get no definition ("" keeps the reflector's default).
func definitionName(t reflect.Type) string {
	if t.Name() == "" || t.PkgPath() == "" {
		return ""
	}
	pkg := strings.NewReplacer("k8s.io/api/", "", "k8s.io/apimachinery/pkg/apis/", "", "/", ".").Replace(t.PkgPath())
	return pkg + "." + t.Name()
}

// required: a field is required when it is neither omitempty nor a pointer (the API types mark
// optional fields one of these two ways; e.g. GRPCAction.Service is `*string json:"service"`).
func requiredFields(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if tag == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Ptr {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				out = append(out, requiredFields(ft)...)
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero") || f.Type.Kind() == reflect.Ptr {
			continue
		}
		out = append(out, name)
	}
	return out
}

func schemaFor(k kind) *jsonschema.Schema {
	types := map[string]reflect.Type{}
	r := &jsonschema.Reflector{
		Mapper: wireSchema,
		Namer: func(t reflect.Type) string {
			name := definitionName(t)
			if name != "" {
				types[name] = t
			}
			return name
		},
		AllowAdditionalProperties: false,
	}
	s := r.Reflect(k.object)
	for name, def := range s.Definitions {
		if t, ok := types[name]; ok && t.Kind() == reflect.Struct && wireSchema(t) == nil {
			def.Required = requiredFields(t)
		}
	}
	// The document's own apiVersion and kind, as kubeconform only picks the schema by them.
	root := s.Definitions[definitionName(reflect.TypeOf(k.object).Elem())]
	root.Properties.Set("apiVersion", &jsonschema.Schema{Type: "string", Enum: []any{k.apiVersion}})
	root.Properties.Set("kind", &jsonschema.Schema{Type: "string", Enum: []any{k.kind}})
	root.Required = append(root.Required, "apiVersion", "kind")
	return s
}

func fileName(k kind) string {
	group, version, grouped := strings.Cut(k.apiVersion, "/")
	suffix := "-" + strings.ToLower(strings.Split(group, ".")[0])
	if grouped {
		suffix += "-" + strings.ToLower(version)
	}
	return strings.ToLower(k.kind) + suffix + ".json"
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: schema-gen <out-dir>")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	for _, k := range kinds {
		data, err := json.MarshalIndent(schemaFor(k), "", " ")
		if err != nil {
			panic(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fileName(k)), data, 0o644); err != nil {
			panic(err)
		}
		fmt.Println(fileName(k))
	}
}
