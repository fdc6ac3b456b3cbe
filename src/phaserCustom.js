// The Phaser the game ships: a custom build from Phaser's own sources, aliased to `phaser` in
// vite.config.ts (builds only; `npm run dev` keeps the prebuilt bundle). The prebuilt `phaser`
// is one bundle of everything (361 KB gzip in our chunk, no tree-shaking; 210 KB with this).
// This is Phaser's `phaser-core.js` plus what src/presentation uses that the core leaves out
// (Container, the Rectangle / Ellipse shapes), less what the core has and the game does not use
// (Sprite, the gamepad, every loader file type: art is rasterised by AssetLoader). Sound is left
// out (Howler plays it; the game passes `audio: { noAudio: true }`), and so are physics, tilemaps,
// particles.
// Both renderers stay (`WEBGL_RENDERER` and `CANVAS_RENDERER` are defined true): the game picks
// Canvas 2D where WebGL is software-rendered.
//
// Plain JavaScript on purpose: Phaser's sources are CommonJS without types, and TypeScript keeps
// reading the types of `phaser` (node_modules/phaser/types) for `import * as Phaser from 'phaser'`.
// When src/presentation starts using a part of Phaser that is not here (a new `this.add.x`,
// `this.load.x`, a namespace such as `Phaser.Math.Clamp`), add it below: the browser tests run
// the built game and fail with "this.add.x is not a function" or "undefined" otherwise.

import '../node_modules/phaser/src/polyfills/requestVideoFrame.js';
import CONST from '../node_modules/phaser/src/const.js';

import Animations from '../node_modules/phaser/src/animations/index.js';
import BlendModes from '../node_modules/phaser/src/renderer/BlendModes.js';
import Cache from '../node_modules/phaser/src/cache/index.js';
import Scene2D from '../node_modules/phaser/src/cameras/2d/index.js';
import Core from '../node_modules/phaser/src/core/index.js';
import Class from '../node_modules/phaser/src/utils/Class.js';
import Data from '../node_modules/phaser/src/data/index.js';
import Masks from '../node_modules/phaser/src/display/mask/index.js';
import Color from '../node_modules/phaser/src/display/color/index.js';
import DOM from '../node_modules/phaser/src/dom/index.js';
import Events from '../node_modules/phaser/src/events/index.js';
import Filters from '../node_modules/phaser/src/filters/index.js';
import Game from '../node_modules/phaser/src/core/Game.js';
import Plugins from '../node_modules/phaser/src/plugins/index.js';
import Renderer from '../node_modules/phaser/src/renderer/index.js';
import Scale from '../node_modules/phaser/src/scale/index.js';
import ScaleModes from '../node_modules/phaser/src/renderer/ScaleModes.js';
import Scene from '../node_modules/phaser/src/scene/Scene.js';
import Scenes from '../node_modules/phaser/src/scene/index.js';
import Structs from '../node_modules/phaser/src/structs/index.js';
import Textures from '../node_modules/phaser/src/textures/index.js';
import Time from '../node_modules/phaser/src/time/index.js';
import TintModes from '../node_modules/phaser/src/renderer/TintModes.js';
import Tweens from '../node_modules/phaser/src/tweens/index.js';

// Input: keyboard, mouse and touch (the core's Input also brings the gamepad plugin).
import InputConst from '../node_modules/phaser/src/input/const.js';
import CreatePixelPerfectHandler from '../node_modules/phaser/src/input/CreatePixelPerfectHandler.js';
import CreateInteractiveObject from '../node_modules/phaser/src/input/CreateInteractiveObject.js';
import InputEvents from '../node_modules/phaser/src/input/events/index.js';
import InputManager from '../node_modules/phaser/src/input/InputManager.js';
import InputPlugin from '../node_modules/phaser/src/input/InputPlugin.js';
import InputPluginCache from '../node_modules/phaser/src/input/InputPluginCache.js';
import Keyboard from '../node_modules/phaser/src/input/keyboard/index.js';
import Mouse from '../node_modules/phaser/src/input/mouse/index.js';
import Pointer from '../node_modules/phaser/src/input/Pointer.js';
import Touch from '../node_modules/phaser/src/input/touch/index.js';

// Game objects: the core's (without Sprite, which the game does not use), plus Container and the
// two shapes the game draws as placeholders.
// Importing a factory registers its `scene.add.x` (a creator, `scene.make.x`); they export nothing.
import DisplayList from '../node_modules/phaser/src/gameobjects/DisplayList.js';
import GameObjectCreator from '../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import GameObjectFactory from '../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import UpdateList from '../node_modules/phaser/src/gameobjects/UpdateList.js';
import Components from '../node_modules/phaser/src/gameobjects/components/index.js';
import BuildGameObject from '../node_modules/phaser/src/gameobjects/BuildGameObject.js';
import BuildGameObjectAnimation from '../node_modules/phaser/src/gameobjects/BuildGameObjectAnimation.js';
import GameObject from '../node_modules/phaser/src/gameobjects/GameObject.js';
import Container from '../node_modules/phaser/src/gameobjects/container/Container.js';
import Graphics from '../node_modules/phaser/src/gameobjects/graphics/Graphics.js';
import Image from '../node_modules/phaser/src/gameobjects/image/Image.js';
import Layer from '../node_modules/phaser/src/gameobjects/layer/Layer.js';
import Text from '../node_modules/phaser/src/gameobjects/text/Text.js';
import Shape from '../node_modules/phaser/src/gameobjects/shape/Shape.js';
import Ellipse from '../node_modules/phaser/src/gameobjects/shape/ellipse/Ellipse.js';
import Rectangle from '../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import '../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../node_modules/phaser/src/gameobjects/image/ImageFactory.js';
import '../node_modules/phaser/src/gameobjects/layer/LayerFactory.js';
import '../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/ellipse/EllipseFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import '../node_modules/phaser/src/gameobjects/container/ContainerCreator.js';
import '../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator.js';
import '../node_modules/phaser/src/gameobjects/image/ImageCreator.js';
import '../node_modules/phaser/src/gameobjects/layer/LayerCreator.js';
import '../node_modules/phaser/src/gameobjects/text/TextCreator.js';

// Loader: the scene plugin only. No file types: art is rasterised by src/presentation/AssetLoader.ts
// (an SVG image drawn into a canvas once), sound is Howler's.
import File from '../node_modules/phaser/src/loader/File.js';
import FileTypesManager from '../node_modules/phaser/src/loader/FileTypesManager.js';
import GetURL from '../node_modules/phaser/src/loader/GetURL.js';
import LoaderPlugin from '../node_modules/phaser/src/loader/LoaderPlugin.js';
import MergeXHRSettings from '../node_modules/phaser/src/loader/MergeXHRSettings.js';
import MultiFile from '../node_modules/phaser/src/loader/MultiFile.js';
import XHRLoader from '../node_modules/phaser/src/loader/XHRLoader.js';
import XHRSettings from '../node_modules/phaser/src/loader/XHRSettings.js';
import LoaderEvents from '../node_modules/phaser/src/loader/events/index.js';

// Math: the core's few, plus the helpers a scene most often reaches for.
import Between from '../node_modules/phaser/src/math/Between.js';
import Clamp from '../node_modules/phaser/src/math/Clamp.js';
import DegToRad from '../node_modules/phaser/src/math/DegToRad.js';
import FloatBetween from '../node_modules/phaser/src/math/FloatBetween.js';
import Linear from '../node_modules/phaser/src/math/Linear.js';
import RadToDeg from '../node_modules/phaser/src/math/RadToDeg.js';
import Vector2 from '../node_modules/phaser/src/math/Vector2.js';

const Cameras = { Scene2D };
const Display = { Masks, Color };
const GameObjects = {
  DisplayList, GameObjectCreator, GameObjectFactory, UpdateList, Components, BuildGameObject, BuildGameObjectAnimation,
  GameObject, Container, Graphics, Image, Layer, Text, Shape, Ellipse, Rectangle,
};
const Loader = {
  Events: LoaderEvents,
  File, FileTypesManager, GetURL, LoaderPlugin, MergeXHRSettings, MultiFile, XHRLoader, XHRSettings,
};
const Input = {
  ...InputConst, CreatePixelPerfectHandler, CreateInteractiveObject, Events: InputEvents, InputManager, InputPlugin, InputPluginCache,
  Keyboard, Mouse, Pointer, Touch,
};
const PhaserMath = { Between, Clamp, DegToRad, FloatBetween, Linear, RadToDeg, Vector2 };

export const { VERSION, AUTO, CANVAS, WEBGL, HEADLESS, FOREVER, NONE, UP, DOWN, LEFT, RIGHT } = CONST;
export {
  Animations, BlendModes, Cache, Cameras, Core, Class, Data, Display, DOM, Events, Filters, Game, GameObjects, Input,
  Loader, PhaserMath as Math, Plugins, Renderer, Scale, ScaleModes, Scene, Scenes, Structs, Textures, Time, TintModes, Tweens,
};

const Phaser = {
  ...CONST, Animations, BlendModes, Cache, Cameras, Core, Class, Data, Display, DOM, Events, Filters, Game, GameObjects,
  Input, Loader, Math: PhaserMath, Plugins, Renderer, Scale, ScaleModes, Scene, Scenes, Structs, Textures, Time, TintModes,
  Tweens,
};
export default Phaser;
