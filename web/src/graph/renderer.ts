// The sigma renderer, Gephi Lite style: the graph keeps the domain data and the filters' verdict
// (`hidden`, sizes); what is highlighted, dimmed or selected lives in sigma's node and edge states, turned
// into looks by the style rules below. Labels are thinned by sigma's label grid so that they do not
// overlap: one per cell at the default zoom, more as one zooms in.
import Sigma from 'sigma';
import {
  extremityArrow,
  layerFill,
  pathCurved,
  pathLine,
  sdfCircle,
  sdfDiamond,
  sdfSquare,
} from 'sigma/rendering';
import type { LabelSide } from './labels.ts';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './model.ts';

export interface NodeState {
  isSelected: boolean;
  /** Its label would overlap another on every side (graph/labels.ts). */
  labelHidden: boolean;
  /** The side of the node its label is written on, where it overlaps nothing. */
  labelSide: LabelSide;
}
export interface EdgeState {
  isSelected: boolean;
}
export interface GraphState {
  /** So many nodes are lit that writing all their labels would pile them up: the label grid decides. */
  manyLit: boolean;
}

/** Nodes drawn smaller than this (in pixels) carry no label unless lit. */
export const LABEL_MIN_RADIUS = 5;
export const LABEL_SIZE = 13;
export const LABEL_FONT = 'sans-serif';

const DIMMED_NODE = '#e4e6e9';
const DIMMED_EDGE = '#eef0f2';
const SELECTION_RING = '#3558c7';

const SHAPES: Record<NodeAttributes['origin'], string> = {
  entity: 'circle',
  document: 'square',
  other: 'diamond',
};

export function createRenderer(graph: ExplorerGraph, container: HTMLElement) {
  return new Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState>(
    graph,
    container,
    {
      primitives: {
        nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] },
        edges: { paths: [pathLine(), pathCurved()], extremities: [extremityArrow()] },
      },
      customNodeState: { isSelected: false, labelHidden: false, labelSide: 'right' },
      customEdgeState: { isSelected: false },
      customGraphState: { manyLit: false },
      styles: {
        nodes: [
          {
            x: { attribute: 'x' },
            y: { attribute: 'y' },
            size: { attribute: 'size' },
            color: { attribute: 'color' },
            label: { attribute: 'label' },
            shape: (attributes) => SHAPES[attributes.origin],
            visibility: (attributes) => (attributes.hidden ? 'hidden' : 'visible'),
            labelSize: LABEL_SIZE,
            labelFont: LABEL_FONT,
            labelPosition: (_attributes, state) => state.labelSide,
            labelColor: '#2b3138',
            labelVisibility: 'auto',
            depth: 'nodes',
            cursor: 'pointer',
            backdropVisibility: 'hidden',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(20, 30, 40, 0.28)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
          {
            when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted,
            then: { color: DIMMED_NODE, labelVisibility: 'hidden' },
          },
          { whenState: 'isHighlighted', then: { depth: 'topNodes' } },
          {
            when: (_attributes, state, graphState) => state.isHighlighted && !graphState.manyLit,
            then: { labelVisibility: 'visible' },
          },
          // Transparent rather than hidden: a hidden label leaves sigma's label grid until the next full
          // refresh, and could not come back when the camera moves.
          { whenState: 'labelHidden', then: { labelColor: 'rgba(0, 0, 0, 0)' } },
          {
            whenState: 'isSelected',
            then: {
              labelVisibility: 'visible',
              depth: 'topNodes',
              backdropVisibility: 'visible',
              backdropBorderColor: SELECTION_RING,
              backdropBorderWidth: 1.5,
            },
          },
          {
            whenState: 'isHovered',
            then: { labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
          },
        ],
        edges: [
          {
            size: { attribute: 'size' },
            color: { attribute: 'color' },
            path: 'straight',
            parallelPath: 'curved',
            head: (attributes) => (attributes.relation === 'MEETS' ? 'none' : 'arrow'),
            visibility: (attributes) => (attributes.hidden ? 'hidden' : 'visible'),
            depth: 'edges',
            cursor: 'pointer',
            // Translucent at rest, so that crossings in a dense graph read as density, not as a wall.
            opacity: 0.55,
          },
          {
            when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted,
            then: { color: DIMMED_EDGE },
          },
          { whenState: 'isHighlighted', then: { depth: 'topEdges', opacity: 1 } },
          {
            whenState: 'isSelected',
            then: { depth: 'topEdges', opacity: 1, size: (attributes) => attributes.size + 2.5 },
          },
          {
            whenState: 'isHovered',
            then: { depth: 'topEdges', opacity: 1, size: (attributes) => attributes.size + 1.5 },
          },
        ],
        stage: { background: '#fbfbfa' },
      },
      settings: {
        itemSizesReference: 'screen',
        zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
        enableEdgeEvents: true,
        // The grid offers nearly every label (four per 40 px square); GraphView then leaves out those
        // that would overlap (graph/labels.ts).
        labelRenderedSizeThreshold: LABEL_MIN_RADIUS,
        labelDensity: 4,
        labelGridCellSize: 40,
        stagePadding: 30,
        minEdgeThickness: 1,
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
        doubleClickZoomingRatio: 1,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        allowInvalidContainer: true,
      },
    },
  );
}

export type Renderer = ReturnType<typeof createRenderer>;
