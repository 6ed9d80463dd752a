/**
 * The one sigma.js edge program for every edge: sigma's rectangle edge
 * program with a dash pattern per edge (attribute `dash`: [on, off] screen
 * pixels; [0, 0] draws a solid line). Cooperative ties are solid, hostile ties
 * dashed and mixed ties dotted, so that cooperation and conflict differ in
 * style and not only in colour.
 *
 * One program rather than one per style: in software WebGL (headless
 * Chromium, machines without a GPU) each program is compiled on its first
 * draw, which costs tens of milliseconds before the first graph appears.
 */
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** What the vertex shader hands the fragment shader (declared alike in both). */
const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying vec2 v_dash;
`;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute vec2 a_dash;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

${VARYINGS}
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

  // distance along the edge in screen pixels, for the dash pattern
  vec2 p0 = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 p1 = (u_matrix * vec3(a_positionEnd, 1)).xy;
  float screenLength = length((p1 - p0) * u_resolution * 0.5);
  v_along = a_positionCoef * screenLength;
  v_dash = a_dash * u_pixelRatio;

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
${VARYINGS}const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (v_dash.y > 0.0 && mod(v_along, v_dash.x + v_dash.y) > v_dash.x) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

/** Floats the rectangle program writes per edge before ours: positions (4), normal (2), colour (1), id (1). */
const BASE_ITEMS = 8;

export class SignedEdgeProgram extends EdgeRectangleProgram {
  getDefinition() {
    const def = super.getDefinition();
    // sigma types UNIFORMS and ATTRIBUTES as the base program's exact tuples; ours add to them
    return {
      ...def,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      UNIFORMS: [...def.UNIFORMS, 'u_resolution'] as unknown as typeof def.UNIFORMS,
      ATTRIBUTES: [...def.ATTRIBUTES, { name: 'a_dash', size: 2, type: WebGLRenderingContext.FLOAT }],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, sourceData: any, targetData: any, data: any) {
    super.processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data);
    const dash: [number, number] | undefined = data.dash;
    this.array[startIndex + BASE_ITEMS] = dash ? dash[0] : 0;
    this.array[startIndex + BASE_ITEMS + 1] = dash ? dash[1] : 0;
  }

  setUniforms(params: RenderParams, programInfo: any) {
    super.setUniforms(params, programInfo);
    const { gl, uniformLocations } = programInfo;
    gl.uniform2f(uniformLocations.u_resolution, params.width * params.pixelRatio, params.height * params.pixelRatio);
  }
}
