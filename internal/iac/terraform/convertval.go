package terraform

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

func convertNumber(v cty.Value) (cty.Value, error) { return convert.Convert(v, cty.Number) }
func convertString(v cty.Value) (cty.Value, error) { return convert.Convert(v, cty.String) }
