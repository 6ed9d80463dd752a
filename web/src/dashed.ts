/**
 * A sigma.js edge program that draws dashed edges (hostile ties), so that
 * cooperation and conflict differ in style and not only in colour. It is
 * sigma's rectangle edge program with a fragment shader that drops every
 * other stretch of `dash` screen pixels along the edge. Picking (hover and
 * click detection) ignores the gaps, so the whole edge stays clickable.
 */
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  // distance along the edge in screen pixels
  vec2 p0 = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 p1 = (u_matrix * vec3(a_positionEnd, 1)).xy;
  float screenLength = length((p1 - p0) * u_resolution * 0.5);
  v_along = a_positionCoef * screenLength;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
uniform float u_dash;
uniform float u_gap;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (mod(v_along, u_dash + u_gap) > u_dash) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

/** Make a dashed edge program class: `dash` pixels drawn, `gap` pixels left out. */
export function createDashedEdgeProgram(dash = 8, gap = 5) {
  return class EdgeDashedProgram extends EdgeRectangleProgram {
    getDefinition() {
      const def = super.getDefinition();
      // sigma types UNIFORMS as the base program's exact tuple; ours adds three
      return { ...def, VERTEX_SHADER_SOURCE: VERTEX, FRAGMENT_SHADER_SOURCE: FRAGMENT, UNIFORMS: [...def.UNIFORMS, 'u_resolution', 'u_dash', 'u_gap'] as unknown as typeof def.UNIFORMS };
    }
    setUniforms(params: RenderParams, programInfo: any) {
      super.setUniforms(params, programInfo);
      const { gl, uniformLocations } = programInfo;
      gl.uniform2f(uniformLocations.u_resolution, params.width * params.pixelRatio, params.height * params.pixelRatio);
      gl.uniform1f(uniformLocations.u_dash, dash * params.pixelRatio);
      gl.uniform1f(uniformLocations.u_gap, gap * params.pixelRatio);
    }
  };
}
